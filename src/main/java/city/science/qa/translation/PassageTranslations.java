package city.science.qa.translation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Machine translations of passages, kept in PostgreSQL: written the first time an English
 * answer needs a passage nobody has translated, reused afterwards, and accepted or
 * corrected by staff. Also how much of each article is translated, and by whom.
 */
@Repository
public class PassageTranslations {

    /** What staff have done with a machine translation. */
    public enum Review {

        UNREVIEWED, ACCEPTED, CORRECTED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    /** A stored machine translation. */
    public record Stored(String passageId, String english, Review review, String model, OffsetDateTime translatedAt) {

        public TranslationSource source() {
            return review == Review.UNREVIEWED ? TranslationSource.MACHINE : TranslationSource.REVIEWED;
        }

    }

    /** A machine translation waiting for review, with its original. */
    public record Pending(String passageId, String articleId, String chinese, String english, String model,
            OffsetDateTime translatedAt) {
    }

    /**
     * How much of an article is translated: passages with a human translation, a reviewed
     * or an unreviewed machine translation, and none.
     */
    public record ArticleCoverage(String articleId, String title, int passages, int human, int reviewed, int machine,
            int none) {
    }

    private final JdbcClient jdbc;

    public PassageTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored translations of these passages, by passage id. */
    public Map<String, Stored> find(Collection<String> passageIds) {
        Map<String, Stored> out = new HashMap<>();
        if (passageIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT passage_id, text_en, review, model, translated_at FROM passage_translation "
                + "WHERE passage_id = ANY(:ids)")
            .param("ids", passageIds.toArray(String[]::new))
            .query((rs, n) -> out.put(rs.getString("passage_id"),
                    new Stored(rs.getString("passage_id"), rs.getString("text_en"),
                            Review.valueOf(rs.getString("review").toUpperCase(Locale.ROOT)), rs.getString("model"),
                            rs.getObject("translated_at", OffsetDateTime.class))))
            .list();
        return out;
    }

    /**
     * Keeps a new machine translation; a concurrent one for the same passage wins (one
     * row, never two).
     */
    public void save(String passageId, String english, String model) {
        jdbc.sql("""
                INSERT INTO passage_translation (passage_id, text_en, model) VALUES (:id, :en, :model)
                ON CONFLICT (passage_id) DO NOTHING""")
            .param("id", passageId)
            .param("en", english)
            .param("model", model)
            .update();
    }

    /** Staff accept the machine translation as it is; false when there is none. */
    public boolean accept(String passageId) {
        return review(passageId, Review.ACCEPTED, null);
    }

    /** Staff replace the machine translation with their own; false when there is none. */
    public boolean correct(String passageId, String english) {
        return review(passageId, Review.CORRECTED, english);
    }

    private boolean review(String passageId, Review review, String english) {
        return jdbc.sql("""
                UPDATE passage_translation SET review = :review, text_en = coalesce(:en, text_en), reviewed_at = now()
                WHERE passage_id = :id""")
            .param("review", review.column())
            .param("en", english)
            .param("id", passageId)
            .update() == 1;
    }

    /** Machine translations nobody has reviewed, oldest first. */
    public List<Pending> unreviewed(int limit) {
        return jdbc.sql("""
                SELECT t.passage_id, p.article_id, p.text_zh, t.text_en, t.model, t.translated_at
                FROM passage_translation t JOIN passage p ON p.id = t.passage_id
                WHERE t.review = 'unreviewed' ORDER BY t.translated_at, t.passage_id LIMIT :n""")
            .param("n", limit)
            .query((rs, n) -> new Pending(rs.getString("passage_id"), rs.getString("article_id"),
                    rs.getString("text_zh"), rs.getString("text_en"), rs.getString("model"),
                    rs.getObject("translated_at", OffsetDateTime.class)))
            .list();
    }

    /** Every article with how much of it is translated, least translated first. */
    public List<ArticleCoverage> coverage() {
        return jdbc.sql("""
                SELECT a.id, a.title_zh, count(p.id) AS passages,
                       count(p.id) FILTER (WHERE p.text_en IS NOT NULL) AS human,
                       count(p.id) FILTER (WHERE p.text_en IS NULL AND t.review <> 'unreviewed') AS reviewed,
                       count(p.id) FILTER (WHERE p.text_en IS NULL AND t.review = 'unreviewed') AS machine,
                       count(p.id) FILTER (WHERE p.text_en IS NULL AND t.passage_id IS NULL) AS none
                FROM article a JOIN passage p ON p.article_id = a.id
                LEFT JOIN passage_translation t ON t.passage_id = p.id
                GROUP BY a.id, a.title_zh
                ORDER BY count(p.id) FILTER (WHERE p.text_en IS NOT NULL)::float / count(p.id), a.id""")
            .query((rs, n) -> new ArticleCoverage(rs.getString("id"), rs.getString("title_zh"), rs.getInt("passages"),
                    rs.getInt("human"), rs.getInt("reviewed"), rs.getInt("machine"), rs.getInt("none")))
            .list();
    }

}
