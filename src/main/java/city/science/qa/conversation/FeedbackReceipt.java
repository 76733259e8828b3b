package city.science.qa.conversation;

/** The body of a {@code 201} from {@code POST /api/feedback}. */
public record FeedbackReceipt(boolean stored) {
}
