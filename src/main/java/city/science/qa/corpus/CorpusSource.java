package city.science.qa.corpus;

/**
 * Where an ingest reads the corpus from: the database's article library in the service, a
 * folder in tests and evaluations.
 */
@FunctionalInterface
public interface CorpusSource {

    Corpus read();

    /**
     * Brings the source up to date before its fingerprint is read (the library seeds
     * itself from the corpus folder); a folder is always current.
     */
    default void refresh() {
    }

    /**
     * The fingerprint the corpus has now, checked again under the index lock: an ingest
     * that read an older corpus (another instance published meanwhile) must not write it.
     */
    default String currentFingerprint() {
        return read().fingerprint();
    }

}
