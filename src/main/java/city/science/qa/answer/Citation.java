package city.science.qa.answer;

/**
 * A numbered source of an answer.
 *
 * @param marker the n of [n] in the answer text
 * @param text the passage in the original Chinese
 * @param translation its English translation, or null
 * @param quote the passage's sentence that best supports the answer, for highlighting
 */
public record Citation(int marker, String passageId, String articleId, String title, String published,
    String text, String translation, String quote, double score) {
}
