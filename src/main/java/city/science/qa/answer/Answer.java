package city.science.qa.answer;

import java.util.List;

/**
 * What the service says to a question.
 *
 * @param language "zh" or "en"
 * @param text the answer with [n] citation markers
 * @param grounded false when the corpus holds no answer
 * @param mode "extractive" or "llm"
 * @param checks what was checked on the finished answer (markers, figures)
 * @param notice why the answer is not what was asked for (the LLM failed and the offline answer
 *     stands in), or null
 * @param suggestions questions the corpus can answer, offered when it cannot answer this one
 */
public record Answer(String language, String text, boolean grounded, String mode, List<Citation> citations,
    Checks checks, String notice, List<String> suggestions) {

  public static final String EXTRACTIVE = "extractive";
  public static final String LLM = "llm";

  public Answer {
    citations = List.copyOf(citations);
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    checks = checks == null ? Checks.NONE : checks;
  }

  public Answer withChecks(Checks newChecks) {
    return new Answer(language, text, grounded, mode, citations, newChecks, notice, suggestions);
  }

  public Answer withNotice(String newNotice) {
    return new Answer(language, text, grounded, mode, citations, checks, newNotice, suggestions);
  }
}
