package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.ChineseWords;
import org.junit.jupiter.api.Test;

/** The words of a question that say what it is about, not how it asks. */
class QueryTermsTest {

    private final QueryTerms terms = new QueryTerms(new ChineseWords());

    @Test
    void wordsOfAskingANameAreNotWhatTheQuestionIsAbout() {
        // The articles never write 叫 or 名字: as missing words they would outweigh the
        // tunnel the question names.
        assertThat(terms.of("中梁山下面那条隧道叫什么名字？")).contains("隧道").doesNotContain("叫", "名字", "什么");
    }

}
