package city.science.qa.index;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the index is kept.
 *
 * @param ingestOnStartup ingest at start-up when the corpus changed since the last ingest
 * @param embedBatchSize passages embedded per model call
 * @param hnswEfSearch pgvector's candidate list size for HNSW queries (recall vs. speed)
 */
@ConfigurationProperties("scqa.index")
public record IndexProperties(boolean ingestOnStartup, int embedBatchSize, int hnswEfSearch) {
}
