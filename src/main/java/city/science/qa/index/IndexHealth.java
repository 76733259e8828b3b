package city.science.qa.index;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Readiness beyond the database: the embedding models are loaded, and the index holds
 * passages (a service with an empty index would answer nothing). Both are in the
 * {@code readiness} group.
 */
@Configuration(proxyBeanMethods = false)
class IndexHealth {

    @Bean
    HealthIndicator embeddingModels(Embeddings embeddings) {
        return () -> Health.up()
            .withDetail("chinese", "bge-small-zh-v1.5-q, " + embeddings.chineseDimension() + " dimensions")
            .withDetail("english", "bge-small-en-v1.5-q, " + embeddings.englishDimension() + " dimensions")
            .build();
    }

    @Bean
    HealthIndicator passageIndex(PassageStore store) {
        return new AbstractHealthIndicator("passage index check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                long passages = store.passageCount();
                (passages > 0 ? builder.up() : builder.outOfService()).withDetail("passages", passages);
            }
        };
    }

}
