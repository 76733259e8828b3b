package city.science.qa.corpus;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the curated corpus lives and how it is cut into passages.
 *
 * @param dir the corpus folder (holds {@code articles/})
 * @param maxPassageChars a longer paragraph is cut at sentence ends
 * @param minPassageChars a shorter paragraph is joined to the next one of its section
 */
@ConfigurationProperties("scqa.corpus")
public record CorpusProperties(Path dir, int maxPassageChars, int minPassageChars) {
}
