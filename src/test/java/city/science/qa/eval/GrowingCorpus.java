package city.science.qa.eval;

import city.science.qa.corpus.ArticleImporter;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.RawArticleCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The corpus as it grows: a copy of the served corpus, with the translations of only some
 * of its articles, plus evaluation articles turned into articles by the project's own
 * importer (what {@code make import} runs) with no English file, as staff's articles are
 * the day they are added. Built in a temporary folder; the served corpus is never
 * touched.
 */
public final class GrowingCorpus {

    private GrowingCorpus() {
    }

    /**
     * @param served the served corpus folder ({@code corpus/})
     * @param translated the served articles whose English file is kept (the others are as
     * if never translated)
     * @param added the evaluation articles to import, untranslated
     */
    public static Path build(Path served, Set<String> translated, Collection<UnseenArticles.Article> added) {
        try {
            Path copy = Files.createTempDirectory("scqa-growing-");
            try (Stream<Path> files = Files.walk(served)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = served.relativize(file);
                    String name = file.getFileName().toString();
                    if (relative.startsWith("eval")
                            || name.endsWith(".en.md") && !translated.contains(name.replaceFirst("\\.en\\.md$", ""))) {
                        continue;
                    }
                    Path target = copy.resolve(relative.toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            ArticleImporter importer = new ArticleImporter(new RawArticleCleaner(new ChineseWords()));
            for (UnseenArticles.Article article : added) {
                String imported = importer.importArticle(new ArticleImporter.Request(article.id(), article.raw(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
                Files.writeString(copy.resolve("articles").resolve(article.id() + ".md"), imported,
                        StandardCharsets.UTF_8);
            }
            return copy;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the served articles (those with an English file or not). */
    public static Set<String> servedArticles(Path served) {
        try (Stream<Path> files = Files.list(served.resolve("articles"))) {
            return files.map(f -> f.getFileName().toString())
                .filter(n -> n.endsWith(".md") && !n.endsWith(".en.md"))
                .map(n -> n.replaceFirst("\\.md$", ""))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
