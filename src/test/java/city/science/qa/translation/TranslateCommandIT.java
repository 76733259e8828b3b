package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.ScienceCityQa;
import city.science.qa.TestCorpus;
import city.science.qa.corpus.ArticleFormat;
import city.science.qa.llm.MockLlm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code make translate}: with a language model configured, every article without an
 * English file gets a draft for review; articles that have one are left alone.
 */
class TranslateCommandIT {

    @Test
    void draftsTheMissingEnglishFilesOnly() throws Exception {
        Path corpus = TestCorpus.withoutTranslations(Path.of("corpus"));
        Path articles = corpus.resolve("articles");
        Path kept = articles.resolve("new-chongqing-2023.en.md");
        Files.writeString(kept, "kept as staff wrote it");
        try (MockLlm llm = MockLlm.openAi()) {
            llm.blockingReply("English draft.");
            ScienceCityQa.main(new String[] { "translate", "--scqa.corpus.dir=" + corpus, "--scqa.llm.provider=openai",
                    "--scqa.llm.base-url=" + llm.baseUrl(), "--scqa.llm.api-key=k", "--scqa.llm.model=mock" });
        }
        List<Path> english;
        try (var files = Files.list(articles)) {
            english = files.filter(f -> f.toString().endsWith(".en.md")).toList();
        }
        assertThat(english).hasSize(5);
        assertThat(Files.readString(kept)).isEqualTo("kept as staff wrote it");
        ArticleFormat.Document draft = ArticleFormat
            .parse(Files.readString(articles.resolve("industry-engine-2022.en.md")));
        assertThat(draft.frontMatter()).containsKeys("review", "drafted_by");
        assertThat(draft.paragraphs()).allSatisfy(p -> assertThat(p.text()).isEqualTo("English draft."));
    }

}
