package city.science.qa.staff;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recent answers as staff review them: with their feedback, abstentions and figure-check
 * failures.
 */
@Repository
public class AnswerReviewRepository {

    /** What the staff list can be narrowed to. */
    public enum Filter {

        ALL, FEEDBACK, NEGATIVE, ABSTAINED, FIGURE_FAILURES

    }

    /** One answered question. */
    public record Row(String conversationId, int turn, String askedAt, String question, String language, String mode,
            boolean grounded, int figuresNotFound, String answer, String answerJson, String rating, String comment) {
    }

    private final JdbcClient jdbc;

    public AnswerReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> recent(Filter filter, String search, int limit) {
        String where = switch (filter) {
            case FEEDBACK -> "f.rating IS NOT NULL";
            case NEGATIVE -> "f.rating = 'down'";
            case ABSTAINED -> "NOT t.grounded";
            case FIGURE_FAILURES -> "t.figures_not_found > 0";
            default -> "true";
        };
        return jdbc.sql("""
                SELECT t.conversation_id, t.turn, t.created_at, t.question, t.language, t.mode, t.grounded,
                       t.figures_not_found, t.answer, t.answer_json::text AS answer_json, f.rating, f.comment
                FROM conversation_turn t
                LEFT JOIN LATERAL (SELECT rating, comment FROM feedback x
                                   WHERE x.conversation_id = t.conversation_id AND x.turn = t.turn
                                   ORDER BY x.created_at DESC LIMIT 1) f ON true
                WHERE t.answer_json IS NOT NULL AND (""" + where + """
                ) AND (:q = '' OR t.question ILIKE '%' || :q || '%' OR t.answer ILIKE '%' || :q || '%')
                ORDER BY t.created_at DESC LIMIT :limit""")
            .param("q", search == null ? "" : search)
            .param("limit", limit)
            .query((rs, n) -> new Row(rs.getString("conversation_id"), rs.getInt("turn"),
                    rs.getTimestamp("created_at", java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")))
                        .toInstant()
                        .toString(),
                    rs.getString("question"), rs.getString("language"), rs.getString("mode"), rs.getBoolean("grounded"),
                    rs.getInt("figures_not_found"), rs.getString("answer"), rs.getString("answer_json"),
                    rs.getString("rating"), rs.getString("comment")))
            .list();
    }

}
