package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.JdbcSlice;
import city.science.qa.index.Embeddings;
import com.pgvector.PGvector;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sentence search goes through the HNSW index (it is told to: the planner would scan
 * a small table instead, fetching every out-of-line vector) and still ranks passages as
 * the exact search does: by the distance of their nearest sentence.
 */
@JdbcSlice
@Import(DenseRetriever.class)
class DenseRetrieverTest extends JdbcSlice.Database {

    private static final int PASSAGES = 40;

    private static final int SENTENCES = 3;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DenseRetriever dense;

    private final Random random = new Random(20261207);

    private final Map<String, List<float[]>> sentences = new HashMap<>();

    // Every vector of the test lies near one direction, so the passages other tests left
    // in the database (whose vectors are nowhere near it) never come between them.
    private final float[] centre = unit(new float[512]);

    @BeforeEach
    void passages() {
        jdbc.sql("INSERT INTO article (id, title_zh) VALUES ('dense-test', '测试')").update();
        for (int p = 0; p < PASSAGES; p++) {
            String id = "dense-%02d".formatted(p);
            jdbc.sql("""
                    INSERT INTO passage (id, article_id, ordinal, paragraph_ids, text_zh, embedding_zh, keywords_zh)
                    VALUES (:id, 'dense-test', :n, '{}', '测试', CAST(array_fill(0.1, ARRAY[512]) AS vector),
                            to_tsvector('simple', '测试'))""").param("id", id).param("n", p).update();
            for (int s = 0; s < SENTENCES; s++) {
                float[] vector = nearCentre();
                sentences.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(vector);
                jdbc.sql("INSERT INTO passage_sentence (passage_id, ordinal, embedding_zh) VALUES (:id, :n, :v)")
                    .param("id", id)
                    .param("n", s)
                    .param("v", new PGvector(vector))
                    .update();
            }
        }
    }

    @Test
    void passagesRankByTheirNearestSentenceAsTheExactSearchRanksThem() {
        for (int q = 0; q < 20; q++) {
            float[] question = nearCentre();
            assertThat(dense.chineseSentences(question, 5)).as("question %d", q)
                .containsExactlyElementsOf(exact(question, 5));
        }
    }

    private List<String> exact(float[] question, int limit) {
        return sentences.entrySet()
            .stream()
            .sorted(Comparator.comparingDouble((Map.Entry<String, List<float[]>> e) -> e.getValue()
                .stream()
                .mapToDouble(s -> -Embeddings.cosine(s, question))
                .min()
                .orElseThrow()))
            .limit(limit)
            .map(Map.Entry::getKey)
            .toList();
    }

    private float[] nearCentre() {
        float[] v = unit(new float[centre.length]);
        for (int i = 0; i < v.length; i++) {
            v[i] = centre[i] + 0.5f * v[i];
        }
        return v;
    }

    // A random direction of the same length as the vector given; filled in place.
    private float[] unit(float[] v) {
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

}
