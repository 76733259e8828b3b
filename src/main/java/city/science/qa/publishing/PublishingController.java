package city.science.qa.publishing;

import city.science.qa.library.ArticleHistory;
import city.science.qa.library.ArticleLibrary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The library on the staff page, behind the admin token: the articles and what was done
 * to them, drafting from a pasted page, publishing with progress as Server-Sent Events,
 * and withdrawing.
 */
@RestController
class PublishingController {

    private static final int HISTORY_ROWS = 200;

    private final Publisher publisher;

    private final ArticleLibrary library;

    private final ArticleHistory history;

    PublishingController(Publisher publisher, ArticleLibrary library, ArticleHistory history) {
        this.publisher = publisher;
        this.library = library;
        this.history = history;
    }

    @GetMapping("/api/admin/articles")
    Mono<List<ArticleLibrary.Entry>> articles() {
        return blocking(library::entries);
    }

    @GetMapping("/api/admin/articles/history")
    Mono<List<ArticleHistory.Event>> history() {
        return blocking(() -> history.latest(HISTORY_ROWS));
    }

    @PostMapping(path = "/api/admin/articles/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ArticleDraft> draft(@Valid @RequestBody DraftRequest request) {
        return blocking(() -> publisher.draft(request.text(), request.id()));
    }

    @GetMapping("/api/admin/articles/{id}")
    Mono<ArticleDraft> article(@PathVariable @Pattern(regexp = PublishRequest.ID) String id) {
        return blocking(() -> publisher.current(id));
    }

    /**
     * {@code progress} events, then {@code published} (or {@code failed}); a bad request
     * is refused before the stream opens, as problem+json.
     */
    @PostMapping(path = "/api/admin/articles", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<PublicationEvent>>>> publish(@Valid @RequestBody PublishRequest request) {
        return blocking(() -> publisher.publish(request)).map(events -> ResponseEntity.ok()
            .contentType(MediaType.TEXT_EVENT_STREAM)
            .body(events.map(e -> ServerSentEvent.builder(e).event(e.name()).build())));
    }

    @PostMapping("/api/admin/articles/{id}/withdraw")
    Mono<Publisher.Withdrawn> withdraw(@PathVariable @Pattern(regexp = PublishRequest.ID) String id) {
        return blocking(() -> publisher.withdraw(id));
    }

    private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

}
