package city.science.qa.search;

import city.science.qa.translation.TranslationSource;
import com.pgvector.PGvector;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads found passages with their article, in the order the search ranked them. */
@Component
public class PassageReader {

    private final JdbcClient jdbc;

    public PassageReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The passages with these ids, ranked as given, each with its similarity to the
     * question in the question's language: English embeddings for an English question,
     * Chinese ones otherwise, and for a passage not yet translated.
     */
    public List<SearchHit> hits(Map<String, Double> rankedScores, Query query) {
        if (rankedScores.isEmpty()) {
            return List.of();
        }
        String[] ids = rankedScores.keySet().toArray(String[]::new);
        Map<String, SearchHit> byId = new java.util.HashMap<>();
        if (query.language() == Language.EN) {
            read(ids, "embedding_en", query.vectors().english()).forEach(h -> byId.put(h.passageId(), h));
        }
        String[] rest = java.util.Arrays.stream(ids).filter(id -> !byId.containsKey(id)).toArray(String[]::new);
        if (rest.length > 0) {
            read(rest, "embedding_zh", query.vectors().chinese()).forEach(h -> byId.put(h.passageId(), h));
        }
        return rankedScores.entrySet()
            .stream()
            .filter(e -> byId.containsKey(e.getKey()))
            .map(e -> byId.get(e.getKey()).withScore(e.getValue()))
            .toList();
    }

    /** These passages' similarities to the question read as Chinese. */
    public List<Double> chineseSimilarities(List<String> ids, Query query) {
        return ids.isEmpty() ? List.of()
                : read(ids.toArray(String[]::new), "embedding_zh", query.vectors().chinese()).stream()
                    .map(SearchHit::similarity)
                    .toList();
    }

    /**
     * For each of these articles, its first passage holding one of these texts, if any:
     * where an article introduces what its later passages call 中心 or 该实验室.
     */
    public List<String> firstHolding(java.util.Collection<String> articleIds, java.util.Collection<String> texts) {
        if (articleIds.isEmpty() || texts.isEmpty()) {
            return List.of();
        }
        return jdbc
            .sql("SELECT DISTINCT ON (article_id) id FROM passage WHERE article_id = ANY(:articles) "
                    + "AND EXISTS (SELECT 1 FROM unnest(CAST(:texts AS text[])) t WHERE strpos(text_zh, t) > 0) "
                    + "ORDER BY article_id, ordinal")
            .param("articles", articleIds.toArray(String[]::new))
            .param("texts", texts.toArray(String[]::new))
            .query(String.class)
            .list();
    }

    private List<SearchHit> read(String[] ids, String column, float[] vector) {
        return jdbc.sql("SELECT p.id, p.article_id, a.title_zh, a.title_en, a.published, a.source, p.section,"
                + " p.paragraph_ids, p.text_zh, coalesce(p.text_en, t.text_en) AS text_en,"
                + " coalesce((SELECT q.text_zh FROM passage q WHERE q.article_id = p.article_id"
                + " AND q.ordinal < p.ordinal ORDER BY q.ordinal DESC LIMIT 1), '') AS preceding,"
                + " CASE WHEN p.text_en IS NOT NULL THEN 'HUMAN' WHEN t.text_en IS NOT NULL THEN 'REVIEWED'"
                + " ELSE 'NONE' END AS translation_source, 1 - (p." + column + " <=> :v) AS similarity"
                + " FROM passage p JOIN article a ON a.id = p.article_id"
                // A machine translation is quoted once staff have accepted or corrected
                // it.
                + " LEFT JOIN passage_translation t ON t.passage_id = p.id AND t.review <> 'unreviewed'"
                + " WHERE p.id = ANY(:ids) AND p." + column + " IS NOT NULL")
            .param("v", new PGvector(vector))
            .param("ids", ids)
            .query((rs, n) -> hit(rs))
            .list();
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
        return new SearchHit(rs.getString("id"), rs.getString("article_id"), rs.getString("title_zh"),
                rs.getString("title_en"), rs.getString("published"), rs.getString("source"), rs.getString("section"),
                Arrays.asList((String[]) rs.getArray("paragraph_ids").getArray()), rs.getString("text_zh"),
                rs.getString("preceding"), rs.getString("text_en"),
                TranslationSource.valueOf(rs.getString("translation_source")), 0, rs.getDouble("similarity"));
    }

}
