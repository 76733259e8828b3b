package city.science.qa.search;

import com.pgvector.PGvector;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Nearest passages by cosine distance (pgvector HNSW), over the Chinese or the English
 * embeddings.
 */
@Component
public class DenseRetriever {

    private final JdbcClient jdbc;

    public DenseRetriever(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Passage ids, nearest first. */
    public List<String> chinese(float[] vector, int limit) {
        return nearest("embedding_zh", vector, limit);
    }

    public List<String> english(float[] vector, int limit) {
        return nearest("embedding_en", vector, limit);
    }

    /** Passage ids ranked by their sentence nearest to the vector. */
    public List<String> chineseSentences(float[] vector, int limit) {
        return sentences("embedding_zh", vector, limit);
    }

    public List<String> englishSentences(float[] vector, int limit) {
        return sentences("embedding_en", vector, limit);
    }

    private List<String> sentences(String column, float[] vector, int limit) {
        return jdbc
            .sql("SELECT passage_id FROM (SELECT passage_id, " + column + " <=> :v AS distance"
                    + " FROM passage_sentence WHERE " + column + " IS NOT NULL ORDER BY " + column + " <=> :v LIMIT :n)"
                    + " nearest GROUP BY passage_id ORDER BY min(distance) LIMIT :k")
            .param("v", new PGvector(vector))
            .param("n", limit * 3)
            .param("k", limit)
            .query(String.class)
            .list();
    }

    private List<String> nearest(String column, float[] vector, int limit) {
        return jdbc
            .sql("SELECT id FROM passage WHERE " + column + " IS NOT NULL ORDER BY " + column + " <=> :v LIMIT :n")
            .param("v", new PGvector(vector))
            .param("n", limit)
            .query(String.class)
            .list();
    }

}
