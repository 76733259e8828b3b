package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunking the real corpus. */
class ChunkerTest {

    private final Corpus corpus = new CorpusReader(Path.of("corpus")).read();

    private final Chunker chunker = new Chunker(300, 60);

    @Test
    void passagesStayWithinTheLimitAndCutAtSentenceEnds() {
        for (Article article : corpus.articles()) {
            for (PassageDraft p : chunker.chunk(article)) {
                // A single paragraph longer than the limit may exceed it by at most one
                // sentence.
                assertThat(p.text().length()).as(p.text()).isLessThan(450);
                assertThat(p.text()).matches("(?s).*[。！？”)…]$");
            }
        }
    }

    @Test
    void noTextIsLostOrDuplicated() {
        for (Article article : corpus.articles()) {
            String body = String.join("", article.paragraphs().stream().map(Paragraph::text).toList());
            String chunked = String.join("", chunker.chunk(article).stream().map(PassageDraft::text).toList());
            assertThat(chunked).isEqualTo(body);
        }
    }

    @Test
    void contentHashIsStableAndFollowsTheText() {
        Article article = corpus.articles().get(0);
        List<PassageDraft> once = chunker.chunk(article);
        List<PassageDraft> twice = chunker.chunk(article);
        assertThat(once).extracting(PassageDraft::contentHash)
            .isEqualTo(twice.stream().map(PassageDraft::contentHash).toList());
        PassageDraft p = once.get(0);
        PassageDraft edited = new PassageDraft(p.articleId(), p.ordinal(), p.paragraphIds(), p.section(),
                p.text() + "。", null);
        assertThat(edited.contentHash()).isNotEqualTo(p.contentHash());
    }

    @Test
    void theHighTechEnterpriseFigureIsInOnePassage() {
        assertThat(corpus.articles().stream().flatMap(a -> chunker.chunk(a).stream()))
            .filteredOn(p -> p.text().contains("702家高新技术企业"))
            .hasSize(1);
    }

}
