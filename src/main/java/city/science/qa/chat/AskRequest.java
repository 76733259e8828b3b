package city.science.qa.chat;

/** The body of {@code /api/ask} and {@code /api/chat}. */
public record AskRequest(String question, String conversationId) {
}
