package city.science.qa.llm;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.Article;
import city.science.qa.corpus.ArticleFormat;
import city.science.qa.corpus.CorpusReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With a language model configured, an imported article gets a drafted English file for
 * review.
 */
class TranslationDraftIT extends MockLlmTest {

    @Autowired
    TranslationDrafter drafter;

    @Test
    void draftsEveryParagraphWithTheGlossarysNames() {
        LLM.blockingReply("The Jinfeng Laboratory takes next-generation diagnosis of major diseases as its core task.");
        Article article = new CorpusReader(Path.of("corpus")).read()
            .articles()
            .stream()
            .filter(a -> a.id().equals("industry-engine-2022"))
            .findFirst()
            .orElseThrow();
        String draft = drafter.draft(article);
        ArticleFormat.Document doc = ArticleFormat.parse(draft);
        assertThat(doc.paragraphs()).hasSameSizeAs(article.paragraphs());
        assertThat(doc.paragraphs().get(0).id()).isEqualTo("p01");
        assertThat(doc.frontMatter()).containsKeys("title", "review", "drafted_by");
        assertThat(LLM.requests()).anyMatch(r -> r.contains("金凤实验室 = Jinfeng Laboratory"));
        assertThat(LLM.requests()).anyMatch(r -> r.contains("<paragraph>") && r.contains("国核铀业发展有限责任公司"));
    }

}
