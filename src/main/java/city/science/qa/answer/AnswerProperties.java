package city.science.qa.answer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How answers are put together.
 *
 * @param fitPassages passages an offline answer reads (all that retrieval kept, for a
 * question about change or a year)
 * @param maxSentences the most sentences an offline answer quotes
 * @param abstention when the corpus is taken to hold no answer
 * @param suggestions how many answerable questions an abstention offers
 */
@ConfigurationProperties("scqa.answer")
@Validated
public record AnswerProperties(@DefaultValue("5") @Positive int fitPassages,
        @DefaultValue("2") @Positive int maxSentences, @DefaultValue @Valid Abstention abstention,
        @DefaultValue("3") @Positive int suggestions) {
}
