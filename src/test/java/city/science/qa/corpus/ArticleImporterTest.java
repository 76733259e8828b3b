package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The importer turns a raw seed into a curated file that the corpus reader reads back.
 */
class ArticleImporterTest {

    private final ArticleImporter importer = new ArticleImporter(new RawArticleCleaner(new ChineseWords()));

    @Test
    void importedSeedReadsBackAsAnArticle() throws IOException {
        String file = importer.importArticle(new ArticleImporter.Request("seed-001", RawArticleCleanerTest.seed("001"),
                Optional.empty(), Optional.empty(), Optional.of("test")));
        ArticleFormat.Document doc = ArticleFormat.parse(file);
        ArticleMetadata meta = ArticleFormat.metadata(doc);
        assertThat(meta.id()).isEqualTo("seed-001");
        assertThat(meta.titleZh()).isEqualTo("助力现代化新重庆建设 西部(重庆)科学城这样干");
        assertThat(meta.published()).isEqualTo("2023");
        assertThat(meta.captions()).contains("金凤实验室", "位于科学城的西永综保区");
        assertThat(meta.notes()).anyMatch(n -> n.contains("在推动民营经济高质量发展中见实效"));
        assertThat(doc.paragraphs()).anyMatch(p -> p.section().equals("西部陆海新通道建设中作示范"));
        assertThat(doc.paragraphs()).extracting(Paragraph::text).anyMatch(t -> t.contains("金凤实验室把重大疾病的下一代诊断作为核心任务"));
    }

    @Test
    void refusesATextWithNoParagraph() {
        assertThatThrownBy(() -> importer.importArticle(
                new ArticleImporter.Request("x", "\n\n  \n", Optional.empty(), Optional.empty(), Optional.empty())))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
