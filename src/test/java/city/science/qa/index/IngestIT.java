package city.science.qa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.science.qa.DatabaseTest;
import city.science.qa.TempCorpus;
import city.science.qa.corpus.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ingest of the real corpus is idempotent, and a failure half-way leaves the previous
 * index serving.
 */
class IngestIT extends DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void reingestingAnUnchangedCorpusEmbedsNothing() {
        ingestor.ingest();
        List<String> before = passageIds();
        IngestReport again = ingestor.ingest();
        assertThat(again.embedded()).isZero();
        assertThat(again.reused()).isEqualTo(again.passages()).isEqualTo(before.size());
        assertThat(again.removed()).isZero();
        assertThat(passageIds()).isEqualTo(before);
        assertThat(ingestor.corpusChanged()).isFalse();
    }

    @Test
    void anIngestThatFailsHalfWayLeavesThePreviousIndex(@TempDir Path dir) throws IOException {
        ingestor.ingest();
        List<String> before = passageIds();
        Path corpus = TempCorpus.copy(dir, f -> true);
        Path article = corpus.resolve("articles/two-cities-fusion-2026.md");
        Files.writeString(article, Files.readString(article).replace("702家高新技术企业", "703家高新技术企业"));
        Ingestor changed = ingestor.withCorpus(new CorpusReader(corpus));

        assertThatThrownBy(() -> changed.ingest((stage, written, total) -> {
            if (stage == IngestObserver.Stage.WRITING && written == total / 2) {
                throw new IllegalStateException("killed half-way");
            }
        })).hasMessageContaining("half-way");

        assertThat(passageIds()).isEqualTo(before);
        assertThat(
                jdbc.sql("SELECT count(*) FROM passage WHERE text_zh LIKE '%702家高新技术企业%'").query(Long.class).single())
            .isEqualTo(1);
        IngestReport recovered = changed.ingest();
        assertThat(recovered.embedded()).isEqualTo(1);
        assertThat(recovered.removed()).isEqualTo(1);
        ingestor.ingest();
        assertThat(passageIds()).isEqualTo(before);
    }

    private List<String> passageIds() {
        return jdbc.sql("SELECT id FROM passage ORDER BY id").query(String.class).list();
    }

}
