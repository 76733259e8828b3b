package city.science.qa.conversation;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readers' thumbs up or down, with an optional comment, on one answer. */
@Repository
public class FeedbackRepository {

    private final JdbcClient jdbc;

    public FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the conversation has no such turn. */
    public boolean add(UUID conversation, int turn, Rating rating, String comment) {
        return jdbc.sql("""
                INSERT INTO feedback (conversation_id, turn, rating, comment)
                SELECT conversation_id, turn, :rating, :comment FROM conversation_turn
                WHERE conversation_id = :c AND turn = :t""")
            .param("c", conversation)
            .param("t", turn)
            .param("rating", rating.wire())
            .param("comment", comment)
            .update() == 1;
    }

}
