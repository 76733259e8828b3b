package city.science.qa.conversation;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerMode;
import city.science.qa.search.Language;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conversations and their turns, in PostgreSQL so that any app instance can continue any
 * conversation.
 */
@Repository
public class ConversationRepository {

    private final JdbcClient jdbc;

    private final ObjectMapper json;

    private final TransactionTemplate transactions;

    public ConversationRepository(JdbcClient jdbc, ObjectMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    /** A past question and what was answered. */
    public record Turn(int turn, String question, Language language, String answer, boolean grounded, String subject) {
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM conversation WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public List<Turn> turns(UUID id) {
        return jdbc.sql("""
                SELECT turn, question, language, answer, grounded, subject FROM conversation_turn
                WHERE conversation_id = ? ORDER BY turn""")
            .param(id)
            .query((rs, n) -> new Turn(rs.getInt("turn"), rs.getString("question"),
                    Language.ofCode(rs.getString("language")), rs.getString("answer"), rs.getBoolean("grounded"),
                    rs.getString("subject")))
            .list();
    }

    /**
     * A turn known only as text: an earlier exchange an OpenAI-style client sends along.
     * It has no stored answer to show again, and counts as answered offline.
     */
    public void appendText(UUID id, String question, String answer) {
        insert(id, new Row(question, Language.of(question), answer, true, question, AnswerMode.EXTRACTIVE, 0,
                Optional.empty()));
    }

    /** Stores the answered question and returns its turn number. */
    public int append(UUID id, String question, Answer answer, String subject) {
        return insert(id, new Row(question, answer.language(), answer.text(), answer.grounded(), subject, answer.mode(),
                (int) answer.checks().figuresNotFound(), Optional.of(json.writeValueAsString(answer))));
    }

    private record Row(String question, Language language, String answer, boolean grounded, String subject,
            AnswerMode mode, int figuresNotFound, Optional<String> answerJson) {
    }

    // The turn number is taken under a lock on the conversation row, so two instances
    // appending to
    // one conversation at once cannot pick the same number.
    private int insert(UUID id, Row row) {
        return transactions.execute(status -> {
            jdbc.sql("INSERT INTO conversation (id) VALUES (?) ON CONFLICT (id) DO NOTHING").param(id).update();
            jdbc.sql("SELECT id FROM conversation WHERE id = ? FOR UPDATE").param(id).query().listOfRows();
            return jdbc.sql("""
                    INSERT INTO conversation_turn (conversation_id, turn, question, language, answer, grounded, subject,
                                                   mode, figures_not_found, answer_json)
                    SELECT :id, coalesce(max(turn), 0) + 1, :q, :lang, :answer, :grounded, :subject, :mode, :nf,
                           CAST(:json AS jsonb)
                    FROM conversation_turn WHERE conversation_id = :id
                    RETURNING turn""")
                .param("id", id)
                .param("q", row.question())
                .param("lang", row.language().code())
                .param("answer", row.answer())
                .param("grounded", row.grounded())
                .param("subject", row.subject())
                .param("mode", row.mode().wire())
                .param("nf", row.figuresNotFound())
                .param("json", row.answerJson().orElse(null))
                .query(Integer.class)
                .single();
        });
    }

    /** A stored turn as the page shows it again: the question and the whole answer. */
    public record StoredTurn(int turn, String question, String answerJson) {
    }

    public List<StoredTurn> answers(UUID id) {
        return jdbc
            .sql("SELECT turn, question, answer_json::text AS a FROM conversation_turn "
                    + "WHERE conversation_id = ? AND answer_json IS NOT NULL ORDER BY turn")
            .param(id)
            .query((rs, n) -> new StoredTurn(rs.getInt("turn"), rs.getString("question"), rs.getString("a")))
            .list();
    }

}
