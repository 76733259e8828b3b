package city.science.qa.conversation;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code GET /api/conversations/{id}}: the questions and whole answers, for
 * the page to show again.
 */
public record ConversationView(String conversationId, List<Turn> turns) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One answered question.
     *
     * @param answer the answer exactly as it was stored when it was given: an answer
     * stored by an older version is shown as it was, not re-read into today's shape
     */
    public record Turn(int turn, String question, JsonNode answer) {

        static Turn of(ConversationRepository.StoredTurn stored) {
            return new Turn(stored.turn(), stored.question(), JSON.readTree(stored.answerJson()));
        }
    }
}
