package city.science.qa.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retrieval settings.
 *
 * @param defaultK passages returned when the client does not say
 * @param candidates passages each retriever contributes before fusion
 * @param chineseQueryPrefix the instruction bge-zh puts before a short query to find
 * passages
 * @param englishQueryPrefix the same for bge-en
 * @param fuseChinese the retrievers fused for a Chinese question, with their weights
 * @param fuseEnglish the retrievers fused for an English question
 */
@ConfigurationProperties("scqa.search")
@Validated
public record SearchProperties(@DefaultValue("5") @Positive int defaultK, @DefaultValue("30") @Positive int candidates,
        @NotNull String chineseQueryPrefix, @NotNull String englishQueryPrefix,
        @NotEmpty List<@Valid Fused> fuseChinese, @NotEmpty List<@Valid Fused> fuseEnglish) {

    /**
     * One retriever in a fusion and how much its ranking counts (1 = as much as any
     * other).
     *
     * @param weight 0.3 for a retriever that helps as a tie-breaker but is noisy on its
     * own
     */
    public record Fused(@NotNull RetrieverName retriever, @DefaultValue("1") @PositiveOrZero double weight) {
    }

    /** The fusion for a question's language. */
    public List<Fused> fusionFor(Language language) {
        return language == Language.EN ? fuseEnglish : fuseChinese;
    }
}
