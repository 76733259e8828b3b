package city.science.qa.search;

import com.pgvector.PGvector;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nearest passages by cosine distance (pgvector HNSW), over the Chinese or the English
 * embeddings.
 */
@Component
public class DenseRetriever {

    private final JdbcClient jdbc;

    private final TransactionTemplate readOnly;

    public DenseRetriever(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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

    // A Chinese sentence vector (512 floats) is over PostgreSQL's 2 KiB TOAST
    // threshold, so it is stored out of line. For a table of a few thousand sentences
    // the planner still prefers an exact sequential scan, which fetches every vector
    // from TOAST: 7 ms where the HNSW index takes 1.5 (1 079 sentences: the corpus with
    // 24 untranslated articles added). The index is there for this search, so the
    // search is told to use it. The settings hold for this transaction only (a search
    // joins its caller's, if any).
    private List<String> sentences(String column, float[] vector, int limit) {
        return readOnly.execute(status -> {
            // No JIT: a scan's penalty cost would switch it on if the index were missing.
            jdbc.sql("SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)")
                .query()
                .singleRow();
            return nearestSentences(column, vector, limit);
        });
    }

    private List<String> nearestSentences(String column, float[] vector, int limit) {
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
