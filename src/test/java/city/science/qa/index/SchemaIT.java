package city.science.qa.index;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flyway's migrations built the schema the index needs, with each model's real dimension.
 */
class SchemaIT extends DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Embeddings embeddings;

    @Test
    void vectorColumnsHaveTheModelsDimensions() {
        assertThat(dimension("passage", "embedding_zh")).isEqualTo(embeddings.chineseDimension()).isEqualTo(512);
        assertThat(dimension("passage", "embedding_en")).isEqualTo(embeddings.englishDimension()).isEqualTo(384);
        assertThat(dimension("passage_sentence", "embedding_zh")).isEqualTo(512);
    }

    @Test
    void vectorsHaveCosineHnswIndexes() {
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename IN ('passage', 'passage_sentence')")
            .query(String.class)
            .list())
            .anyMatch(d -> d.contains("hnsw (embedding_zh vector_cosine_ops)") && d.contains("passage_sentence"))
            .anyMatch(d -> d.contains("hnsw (embedding_en vector_cosine_ops)"))
            .anyMatch(d -> d.contains("gin (keywords_zh)"));
    }

    private int dimension(String table, String column) {
        return jdbc.sql("SELECT atttypmod FROM pg_attribute WHERE attrelid = ?::regclass AND attname = ?")
            .param(table)
            .param(column)
            .query(Integer.class)
            .single();
    }

}
