package city.science.qa.chat;

import city.science.qa.answer.Answer;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Conversations and their turns, in PostgreSQL so that any app instance can continue any conversation. */
@Repository
public class ConversationStore {

  private final JdbcClient jdbc;

  public ConversationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A past question and what was answered. */
  public record Turn(int turn, String question, String language, String answer, boolean grounded, String subject) {
  }

  public UUID start() {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO conversation (id) VALUES (?)").param(id).update();
    return id;
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

  @Transactional
  public void append(UUID id, String question, Answer answer, String subject) {
    insert(id, question, answer.language(), answer.text(), answer.grounded(), subject);
  }

  private void insert(UUID id, String question, String language, String answer, boolean grounded, String subject) {
    jdbc.sql("""
            INSERT INTO conversation_turn (conversation_id, turn, question, language, answer, grounded, subject)
            SELECT :id, coalesce(max(turn), 0) + 1, :q, :lang, :answer, :grounded, :subject
            FROM conversation_turn WHERE conversation_id = :id""")
        .param("id", id)
        .param("q", question)
        .param("lang", language)
        .param("answer", answer)
        .param("grounded", grounded)
        .param("subject", subject)
        .update();
  }
}
