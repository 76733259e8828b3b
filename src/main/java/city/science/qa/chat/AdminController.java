package city.science.qa.chat;

import city.science.qa.index.IngestReport;
import city.science.qa.index.Ingestor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Staff operations; the admin token filter guards everything under /api/admin/. */
@RestController
public class AdminController {

  private final Ingestor ingestor;

  public AdminController(Ingestor ingestor) {
    this.ingestor = ingestor;
  }

  @PostMapping("/api/admin/reindex")
  public Mono<IngestReport> reindex() {
    return Mono.fromCallable(ingestor::ingest).subscribeOn(Schedulers.boundedElastic());
  }
}
