package city.science.qa.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.Article;
import city.science.qa.corpus.ArticleFormat;
import city.science.qa.corpus.ArticleImporter;
import city.science.qa.corpus.ArticleMetadata;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Chunker;
import city.science.qa.corpus.Figures;
import city.science.qa.corpus.Glossary;
import city.science.qa.corpus.Paragraph;
import city.science.qa.corpus.PassageDraft;
import city.science.qa.corpus.RawArticleCleaner;
import city.science.qa.question.Lexicon;
import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.question.QuestionAnalyzer;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.search.QueryTerms;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The importer, cleaner, chunker and figure reader on 2 000 random and hostile texts per
 * run.
 */
class HostileTextTest {

    private static final ChineseWords WORDS = new ChineseWords();

    private final RawArticleCleaner cleaner = new RawArticleCleaner(WORDS);

    private final ArticleImporter importer = new ArticleImporter(cleaner);

    private final Chunker chunker = new Chunker(300, 60);

    @Test
    void cleaningAndChunkingNeverFailAndLoseNoText() {
        HostileCases.forAll("cleaning and chunking", 1000, inputs -> {
            RawArticleCleaner.Cleaned cleaned = cleaner.clean(inputs.rawArticle());
            Article article = new Article(
                    new ArticleMetadata("x", "t", "", "", "", "", List.of(), List.of(), List.of()),
                    cleaned.paragraphs(), Map.of());
            List<PassageDraft> passages = chunker.chunk(article);
            String body = String.join("", cleaned.paragraphs().stream().map(Paragraph::text).toList());
            assertThat(String.join("", passages.stream().map(PassageDraft::text).toList())).isEqualTo(body);
            assertThat(cleaned.paragraphs()).allMatch(p -> !p.text().isBlank() && !p.text().contains("\n"));
        });
    }

    @Test
    void theImporterWritesAReadableFileOrRefusesClearly() {
        HostileCases.forAll("importing", 500, inputs -> {
            String file;
            try {
                file = importer.importArticle(new ArticleImporter.Request("hostile-1", inputs.rawArticle(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            }
            catch (IllegalArgumentException refused) {
                assertThat(refused).hasMessageContaining("paragraph");
                return;
            }
            ArticleFormat.Document doc = ArticleFormat.parse(file);
            assertThat(ArticleFormat.metadata(doc).id()).isEqualTo("hostile-1");
            assertThat(doc.paragraphs()).isNotEmpty();
        });
    }

    @Test
    void figuresAreReadFromAnyText() {
        HostileCases.forAll("reading figures", 500, inputs -> Figures.in(inputs.rawArticle())
            .forEach(f -> assertThat(f.token()).matches("fig[pn][0-9dm]+")));
    }

    private static final Glossary GLOSSARY = Glossary.load(Path.of("corpus/glossary.tsv"));

    private final QuestionNormalizer normalizer = new QuestionNormalizer(Lexicon.load(Path.of("corpus/lexicon.tsv")),
            GLOSSARY);

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(GLOSSARY, new QueryTerms(WORDS));

    @Test
    void normalizingAndAnalyzingNeverFailOnAnyQuestion() {
        HostileCases.forAll("normalizing and analyzing questions", 1000, inputs -> {
            String asked = inputs.text();
            NormalizedQuestion q = normalizer.normalize(asked);
            assertThat(q.asked()).isEqualTo(asked);
            assertThat(q.text()).isNotNull();
            QuestionAnalysis analysis = analyzer.analyze(q);
            assertThat(analysis.asked()).isNotNull();
            assertThat(analysis.years()).allMatch(y -> y.matches("\\d{4}"));
            analysis.partOfYear().ifPresent(part -> assertThat(part.firstMonth()).isBetween(1, part.lastMonth()));
            assertThat(analysis.qualifiers()).allMatch(w -> !w.isBlank());
        });
    }

}
