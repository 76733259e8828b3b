package city.science.qa.index;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the index is kept.
 *
 * @param ingestOnStartup ingest at start-up when the corpus changed since the last ingest
 * @param embedBatchSize passages embedded per model call
 * @param hnswEfSearch pgvector's candidate list size for HNSW queries (recall vs. speed)
 */
@ConfigurationProperties("scqa.index")
@Validated
public record IndexProperties(@DefaultValue("true") boolean ingestOnStartup,
        @DefaultValue("16") @Positive int embedBatchSize, @DefaultValue("100") @Positive int hnswEfSearch) {
}
