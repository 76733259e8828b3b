package city.science.qa.chat;

import city.science.qa.answer.Answer;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Conversations and their turns, in PostgreSQL so that any app instance can continue any conversation. */
@Repository
public class ConversationStore {

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final TransactionTemplate transactions;

  public ConversationStore(JdbcClient jdbc, ObjectMapper json, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.json = json;
    this.transactions = transactions;
  }

  /** A past question and what was answered. */
  public record Turn(int turn, String question, String language, String answer, boolean grounded, String subject) {
  }

  public boolean exists(UUID id) {
    return jdbc.sql("SELECT count(*) FROM conversation WHERE id = ?").param(id).query(Long.class).single() > 0;
  }

  public List<Turn> turns(UUID id) {
    return jdbc.sql("""
            SELECT turn, question, language, answer, grounded, subject FROM conversation_turn
            WHERE conversation_id = ? ORDER BY turn""")
        .param(id)
        .query((rs, n) -> new Turn(rs.getInt("turn"), rs.getString("question"), rs.getString("language"),
            rs.getString("answer"), rs.getBoolean("grounded"), rs.getString("subject")))
        .list();
  }

  /** A turn known only as text: an earlier exchange an OpenAI-style client sends along. */
  public void appendText(UUID id, String question, String answer) {
    insert(id, question, "", answer, true, question);
  }

  /** Stores the answered question and returns its turn number. */
  public int append(UUID id, String question, Answer answer, String subject) {
    return insert(id, question, answer.language(), answer.text(), answer.grounded(), subject, answer.mode(),
        (int) answer.checks().figuresNotFound(), json.writeValueAsString(answer));
  }

  private int insert(UUID id, String question, String language, String answer, boolean grounded, String subject) {
    return insert(id, question, language, answer, grounded, subject, "", 0, null);
  }

  // The turn number is taken under a lock on the conversation row, so two instances appending to
  // one conversation at once cannot pick the same number.
  private int insert(UUID id, String question, String language, String answer, boolean grounded, String subject,
      String mode, int figuresNotFound, String answerJson) {
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
        .param("q", question)
        .param("lang", language)
        .param("answer", answer)
        .param("grounded", grounded)
        .param("subject", subject)
        .param("mode", mode.isEmpty() ? "extractive" : mode)
        .param("nf", figuresNotFound)
        .param("json", answerJson)
        .query(Integer.class)
        .single();
    });
  }

  /** A stored turn as the page shows it again: the question and the whole answer. */
  public record StoredTurn(int turn, String question, String answerJson) {
  }

  public List<StoredTurn> answers(UUID id) {
    return jdbc.sql("SELECT turn, question, answer_json::text AS a FROM conversation_turn "
            + "WHERE conversation_id = ? AND answer_json IS NOT NULL ORDER BY turn")
        .param(id)
        .query((rs, n) -> new StoredTurn(rs.getInt("turn"), rs.getString("question"), rs.getString("a")))
        .list();
  }
}
