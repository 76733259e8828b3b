package city.science.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The real corpus as staff would have it before anyone translates: every article, no
 * {@code *.en.md}. Copied once per JVM, for tests and for {@code make eval}'s
 * no-translations run.
 */
public final class TestCorpus {

    private static Path withoutTranslations;

    private TestCorpus() {
    }

    public static synchronized Path withoutTranslations() {
        if (withoutTranslations == null) {
            withoutTranslations = withoutTranslations(Path.of("corpus"));
        }
        return withoutTranslations;
    }

    /** A copy of a corpus folder without any English translation. */
    public static Path withoutTranslations(Path corpus) {
        try {
            Path copy = Files.createTempDirectory("scqa-untranslated-");
            try (Stream<Path> files = Files.walk(corpus)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!file.getFileName().toString().endsWith(".en.md")) {
                        Path target = copy.resolve(corpus.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
            return copy;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
