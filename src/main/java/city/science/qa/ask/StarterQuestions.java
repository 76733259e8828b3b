package city.science.qa.ask;

import java.util.List;

/**
 * The body of {@code GET /api/suggestions}: questions the corpus answers well, to start
 * with.
 */
public record StarterQuestions(List<String> questions) {
}
