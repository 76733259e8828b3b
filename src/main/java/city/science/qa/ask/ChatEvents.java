package city.science.qa.ask;

import city.science.qa.answer.Citation;
import java.util.List;

/**
 * The data of the {@code /api/chat} stream's events, besides {@code checks} and
 * {@code done}.
 */
final class ChatEvents {

    private ChatEvents() {
    }

    /** {@code event: citations}: the numbered sources, before any text. */
    record Sources(List<Citation> citations) {
    }

    /** {@code event: token}: a piece of answer text. */
    record Token(String text) {
    }

}
