package city.science.qa.index;

import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Something read from the index and kept in memory (the keyword postings, the corpus's
 * Chinese, the parallel text), read again whenever an ingest has changed the index. The
 * check is one row ({@code index_state.ingested_at}), so every instance of the service
 * sees another instance's ingest on its next read, with no message between them.
 *
 * @param <T> what is read
 */
public final class IndexView<T> {

    private record Read<T>(OffsetDateTime ingestedAt, T value) {
    }

    private final JdbcClient jdbc;

    private final Supplier<T> load;

    private volatile Read<T> read;

    /**
     * @param empty the value before the first ingest
     * @param load reads the value from the index
     */
    public IndexView(JdbcClient jdbc, T empty, Supplier<T> load) {
        this.jdbc = jdbc;
        this.load = load;
        this.read = new Read<>(null, empty);
    }

    public T get() {
        OffsetDateTime ingestedAt = jdbc.sql("SELECT ingested_at FROM index_state")
            .query(OffsetDateTime.class)
            .optional()
            .orElse(null);
        Read<T> now = read;
        if (ingestedAt == null || ingestedAt.equals(now.ingestedAt())) {
            return now.value();
        }
        // One reader loads; the others wait for it rather than load the same thing. An
        // ingest that commits during the load only makes the next read load again.
        synchronized (this) {
            now = read;
            if (!ingestedAt.equals(now.ingestedAt())) {
                now = new Read<>(ingestedAt, load.get());
                read = now;
            }
        }
        return now.value();
    }

}
