package city.science.qa.answer;

import java.util.List;

/**
 * What the service says to a question.
 *
 * @param language "zh" or "en"
 * @param text the answer with [n] citation markers
 * @param grounded false when the corpus holds no answer
 * @param mode "extractive" or "llm"
 */
public record Answer(String language, String text, boolean grounded, String mode, List<Citation> citations) {

  public Answer {
    citations = List.copyOf(citations);
  }
}
