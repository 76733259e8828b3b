package city.science.qa.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How answers are put together.
 *
 * @param passages passages an offline answer may quote from
 * @param maxSentences the most sentences an offline answer quotes
 * @param abstention when the corpus is taken to hold no answer
 * @param suggestions how many answerable questions an abstention offers
 */
@ConfigurationProperties("scqa.answer")
public record AnswerProperties(int passages, int maxSentences, Abstention abstention, int suggestions) {
}
