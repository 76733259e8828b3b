package city.science.qa.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.Article;
import city.science.qa.corpus.ArticleFormat;
import city.science.qa.corpus.ArticleImporter;
import city.science.qa.corpus.ArticleMetadata;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Chunker;
import city.science.qa.corpus.Figures;
import city.science.qa.corpus.Paragraph;
import city.science.qa.corpus.PassageDraft;
import city.science.qa.corpus.RawArticleCleaner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The importer, cleaner, chunker and figure reader on thousands of random and hostile texts. */
class CleanerProperties {

  private static final ChineseWords WORDS = new ChineseWords();
  private final RawArticleCleaner cleaner = new RawArticleCleaner(WORDS);
  private final ArticleImporter importer = new ArticleImporter(cleaner);
  private final Chunker chunker = new Chunker(300, 60);

  @Provide
  Arbitrary<String> rawArticles() {
    return HostileText.any().list().ofMaxSize(12)
        .map(blocks -> String.join(Arbitraries.of("\n", "\n\n", "\n\n\n\n").sample(), blocks));
  }

  @Property(tries = 1000)
  void cleaningAndChunkingNeverFailAndLoseNoText(@ForAll("rawArticles") String raw) {
    RawArticleCleaner.Cleaned cleaned = cleaner.clean(raw);
    Article article = new Article(new ArticleMetadata("x", "t", "", "", "", "", List.of(), List.of(), List.of()),
        cleaned.paragraphs(), Map.of());
    List<PassageDraft> passages = chunker.chunk(article);
    String body = String.join("", cleaned.paragraphs().stream().map(Paragraph::text).toList());
    assertThat(String.join("", passages.stream().map(PassageDraft::text).toList())).isEqualTo(body);
    assertThat(cleaned.paragraphs()).allMatch(p -> !p.text().isBlank() && !p.text().contains("\n"));
  }

  @Property(tries = 500)
  void theImporterWritesAReadableFileOrRefusesClearly(@ForAll("rawArticles") String raw) {
    String file;
    try {
      file = importer.importArticle(new ArticleImporter.Request("hostile-1", raw, Optional.empty(), Optional.empty(),
          Optional.empty()));
    } catch (IllegalArgumentException refused) {
      assertThat(refused).hasMessageContaining("paragraph");
      return;
    }
    ArticleFormat.Document doc = ArticleFormat.parse(file);
    assertThat(ArticleFormat.metadata(doc).id()).isEqualTo("hostile-1");
    assertThat(doc.paragraphs()).isNotEmpty();
  }

  @Property(tries = 500)
  void figuresAreReadFromAnyText(@ForAll("rawArticles") String text) {
    Figures.in(text).forEach(f -> assertThat(f.token()).matches("fig[pn][0-9dm]+"));
  }
}
