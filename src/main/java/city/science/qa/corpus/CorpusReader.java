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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads {@code articles/<id>.md} and, where present, its translation
 * {@code articles/<id>.en.md}.
 */
public final class CorpusReader implements CorpusSource {

    private static final String ENGLISH_SUFFIX = ".en.md";

    private final Path articlesDir;

    public CorpusReader(Path corpusDir) {
        this.articlesDir = corpusDir.resolve("articles");
    }

    public Corpus read() {
        List<ArticleDocument> documents = documents();
        try {
            MessageDigest fingerprint = MessageDigest.getInstance("SHA-256");
            List<Article> articles = new ArrayList<>();
            for (ArticleDocument d : documents) {
                fingerprint.update(d.chinese().getBytes(StandardCharsets.UTF_8));
                d.english().ifPresent(en -> fingerprint.update(en.getBytes(StandardCharsets.UTF_8)));
                articles.add(d.article());
            }
            return new Corpus(articles, HexFormat.of().formatHex(fingerprint.digest(), 0, 16));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder's articles as written, in file-name order. */
    public List<ArticleDocument> documents() {
        try (Stream<Path> files = Files.list(articlesDir)) {
            List<Path> chinese = files
                .filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(ENGLISH_SUFFIX))
                .sorted()
                .toList();
            List<ArticleDocument> documents = new ArrayList<>();
            for (Path file : chinese) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                String id = ArticleFormat.metadata(ArticleFormat.parse(content)).id();
                Path english = file.resolveSibling(id + ENGLISH_SUFFIX);
                documents.add(new ArticleDocument(id, content, Files.exists(english)
                        ? Optional.of(Files.readString(english, StandardCharsets.UTF_8)) : Optional.empty()));
            }
            return documents;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + articlesDir, e);
        }
    }

}
