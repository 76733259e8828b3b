package city.science.qa.answer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How answers are put together.
 *
 * @param passages passages an offline answer quotes from first
 * @param fitPassages passages read when none of the first ones fits the question
 * @param maxSentences the most sentences an offline answer quotes
 * @param abstention when the corpus is taken to hold no answer
 * @param suggestions how many answerable questions an abstention offers
 */
@ConfigurationProperties("scqa.answer")
@Validated
public record AnswerProperties(@DefaultValue("3") @Positive int passages, @DefaultValue("5") @Positive int fitPassages,
        @DefaultValue("2") @Positive int maxSentences, @DefaultValue @Valid Abstention abstention,
        @DefaultValue("3") @Positive int suggestions) {
}
