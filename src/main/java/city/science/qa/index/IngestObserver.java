package city.science.qa.index;

/**
 * Told how an ingest or a publication advances: the staff page's progress bar, progress
 * logs, and tests that break an ingest half-way.
 */
@FunctionalInterface
public interface IngestObserver {

    IngestObserver NONE = (stage, done, total) -> {
    };

    /**
     * The two slow steps: embedding new passages, then writing passages in one
     * transaction.
     */
    enum Stage {

        EMBEDDING, WRITING

    }

    void progress(Stage stage, int done, int total);

}
