package city.science.qa.index;

/**
 * What an ingest did.
 *
 * @param embedded passages embedded now (new or changed)
 * @param reused passages whose stored embeddings were kept
 * @param removed stored passages no longer in the corpus
 */
public record IngestReport(int articles, int passages, int embedded, int reused, int removed, long millis) {
}
