package city.science.qa.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How answers are put together.
 *
 * @param passages passages considered for an answer
 * @param maxSentences the most sentences an extractive answer quotes
 * @param minScore below this retrieval score the corpus is taken to hold no answer
 */
@ConfigurationProperties("scqa.answer")
public record AnswerProperties(int passages, int maxSentences, double minScore) {
}
