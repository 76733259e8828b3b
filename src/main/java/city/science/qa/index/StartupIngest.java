package city.science.qa.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Ingests at start-up when the corpus changed since the last ingest, before the app
 * reports itself ready, so a fresh service never answers from an empty or stale index.
 */
@Component
public class StartupIngest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupIngest.class);

    private final Ingestor ingestor;

    private final IndexProperties properties;

    public StartupIngest(Ingestor ingestor, IndexProperties properties) {
        this.ingestor = ingestor;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.ingestOnStartup()) {
            return;
        }
        if (ingestor.corpusChanged()) {
            ingestor.ingest();
        }
        else {
            log.info("corpus unchanged since the last ingest; index kept");
        }
    }

}
