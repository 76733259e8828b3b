package city.science.qa.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code articles/<id>.md} and, where present, its translation
 * {@code articles/<id>.en.md}.
 */
public final class CorpusReader {

    private static final String ENGLISH_SUFFIX = ".en.md";

    private final Path articlesDir;

    public CorpusReader(Path corpusDir) {
        this.articlesDir = corpusDir.resolve("articles");
    }

    public Corpus read() {
        try (Stream<Path> files = Files.list(articlesDir)) {
            List<Path> chinese = files
                .filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(ENGLISH_SUFFIX))
                .sorted()
                .toList();
            MessageDigest fingerprint = MessageDigest.getInstance("SHA-256");
            List<Article> articles = new ArrayList<>();
            for (Path file : chinese) {
                articles.add(readArticle(file, fingerprint));
            }
            return new Corpus(articles, HexFormat.of().formatHex(fingerprint.digest(), 0, 16));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + articlesDir, e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Article readArticle(Path file, MessageDigest fingerprint) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        fingerprint.update(content.getBytes(StandardCharsets.UTF_8));
        ArticleFormat.Document doc = ArticleFormat.parse(content);
        ArticleMetadata meta = ArticleFormat.metadata(doc);
        Article article = new Article(meta, doc.paragraphs(), Map.of());
        Path english = file.resolveSibling(meta.id() + ENGLISH_SUFFIX);
        if (!Files.exists(english)) {
            return article;
        }
        String englishContent = Files.readString(english, StandardCharsets.UTF_8);
        fingerprint.update(englishContent.getBytes(StandardCharsets.UTF_8));
        ArticleFormat.Document en = ArticleFormat.parse(englishContent);
        Map<String, String> translations = new LinkedHashMap<>();
        en.paragraphs().forEach(p -> translations.put(p.id(), p.text()));
        Object title = en.frontMatter().get("title");
        return article.withTranslations(translations, title == null ? null : title.toString());
    }

}
