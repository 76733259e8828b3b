package city.science.qa.staff;

import city.science.qa.index.IngestReport;
import city.science.qa.index.Ingestor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Re-indexing after staff edited {@code corpus/}; the admin token filter guards
 * everything under /api/admin/.
 */
@RestController
class ReindexController {

    private final Ingestor ingestor;

    ReindexController(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    @PostMapping("/api/admin/reindex")
    Mono<IngestReport> reindex() {
        return Mono.fromCallable(ingestor::ingest).subscribeOn(Schedulers.boundedElastic());
    }

}
