package city.science.qa.library;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What staff did to the library: appended in the transaction that did it, never edited.
 */
@Repository
public class ArticleHistory {

    private final JdbcClient jdbc;

    public ArticleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was done to an article. */
    public enum Action {

        PUBLISHED, REPLACED, WITHDRAWN

    }

    /**
     * One staff action.
     *
     * @param passages the article's passages after the action (withdrawn: those that left
     * the index)
     * @param embedded passages that had to be embedded (the rest kept their vectors)
     */
    public record Event(OffsetDateTime at, Action action, String articleId, String title, int passages, int embedded) {
    }

    public void record(Action action, String articleId, String title, int passages, int embedded) {
        jdbc.sql("""
                INSERT INTO article_event (action, article_id, title, passages, embedded)
                VALUES (?, ?, ?, ?, ?)""")
            .param(action.name().toLowerCase(Locale.ROOT))
            .param(articleId)
            .param(title)
            .param(passages)
            .param(embedded)
            .update();
    }

    /** The latest events, newest first. */
    public List<Event> latest(int limit) {
        return jdbc.sql("""
                SELECT at, action, article_id, title, passages, embedded FROM article_event
                ORDER BY at DESC, id DESC LIMIT ?""")
            .param(limit)
            .query((rs, n) -> new Event(rs.getObject("at", OffsetDateTime.class),
                    Action.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)), rs.getString("article_id"),
                    rs.getString("title"), rs.getInt("passages"), rs.getInt("embedded")))
            .list();
    }

}
