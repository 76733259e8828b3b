package city.science.qa.corpus;

import java.nio.file.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the curated corpus lives and how it is cut into passages.
 *
 * @param dir the corpus folder (holds {@code articles/})
 * @param maxPassageChars a longer paragraph is cut at sentence ends
 * @param minPassageChars a shorter paragraph is joined to the next one of its section
 */
@ConfigurationProperties("scqa.corpus")
@Validated
public record CorpusProperties(@DefaultValue("corpus") @NotNull Path dir,
        @DefaultValue("300") @Positive int maxPassageChars, @DefaultValue("60") @Positive int minPassageChars) {
}
