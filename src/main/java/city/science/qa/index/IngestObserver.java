package city.science.qa.index;

/**
 * Told of each passage written during an ingest: progress logs, and tests that break an
 * ingest half-way.
 */
@FunctionalInterface
public interface IngestObserver {

    IngestObserver NONE = (written, total) -> {
    };

    void passageWritten(int written, int total);

}
