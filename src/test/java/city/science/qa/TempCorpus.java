package city.science.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A copy of the real corpus (articles, glossary, suggestions) in a test's folder, to edit
 * or thin out.
 */
public final class TempCorpus {

    private TempCorpus() {
    }

    public static Path copy(Path dir, Predicate<Path> keep) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (String shared : new String[] { "glossary.tsv", "suggestions.yaml", "lexicon.tsv" }) {
            Files.copy(Path.of("corpus").resolve(shared), dir.resolve(shared));
        }
        try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
            for (Path f : files.filter(keep).toList()) {
                Files.copy(f, articles.resolve(f.getFileName().toString()));
            }
        }
        return dir;
    }

}
