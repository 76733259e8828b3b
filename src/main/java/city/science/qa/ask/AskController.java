package city.science.qa.ask;

import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.Suggestions;
import city.science.qa.search.Language;
import city.science.qa.web.ApiProblems;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The question API: search, ask, and the answer as a stream. Retrieval and the database
 * are blocking (JDBC, ONNX), so that work runs on Reactor's bounded elastic pool, never
 * on the event loop.
 */
@RestController
class AskController {

    private static final Logger log = LoggerFactory.getLogger(AskController.class);

    private final QuestionService questions;

    private final Suggestions suggestions;

    AskController(QuestionService questions, Suggestions suggestions) {
        this.questions = questions;
        this.suggestions = suggestions;
    }

    @GetMapping("/api/search")
    Mono<SearchResponse> search(@Valid SearchRequest request) {
        return Mono.fromCallable(() -> SearchResponse.of(questions.search(request.q().strip(), request.limit())))
            .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<AskResponse> ask(@Valid @RequestBody AskRequest request) {
        return conversation(request).flatMap(conversation -> questions.ask(conversation, request.text())
            .map(done -> AskResponse.of(conversation.toString(), done)));
    }

    /**
     * The answer as Server-Sent Events: {@code citations}, then {@code token}s, then
     * {@code checks} and {@code done}; {@code error} with a problem object if it fails
     * mid-stream. A client that goes away cancels the subscription, and with it any
     * language model stream.
     */
    @PostMapping(path = "/api/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<ResponseEntity<Flux<ServerSentEvent<Object>>>> chat(@Valid @RequestBody AskRequest request) {
        // The conversation is checked before the stream opens, so a bad id is a plain
        // 404, not a stream.
        return conversation(request).map(conversation -> ResponseEntity.ok()
            .contentType(MediaType.TEXT_EVENT_STREAM)
            .body(stream(conversation, request.text())));
    }

    @GetMapping("/api/suggestions")
    StarterQuestions starters(@RequestParam(name = "lang", defaultValue = "zh") String lang) {
        return new StarterQuestions(suggestions.starters(Language.ofCode(lang)));
    }

    private Mono<UUID> conversation(AskRequest request) {
        return Mono.fromCallable(() -> questions.conversation(request.conversation()))
            .subscribeOn(Schedulers.boundedElastic());
    }

    private Flux<ServerSentEvent<Object>> stream(UUID conversation, String question) {
        return questions.answer(conversation, question)
            .concatMap(event -> Flux.fromIterable(events(conversation, event)))
            .onErrorResume(e -> {
                log.warn("chat stream failed: {}", e.toString());
                return Flux.just(event("error", ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Answer failed",
                        "The answer could not be completed. Please ask again.")));
            });
    }

    private static List<ServerSentEvent<Object>> events(UUID conversation, AnswerEvent event) {
        if (event instanceof AnswerEvent.Sources s) {
            return List.of(event("citations", new ChatEvents.Sources(s.citations())));
        }
        if (event instanceof AnswerEvent.Text t) {
            return List.of(event("token", new ChatEvents.Token(t.text())));
        }
        AnswerEvent.Done d = (AnswerEvent.Done) event;
        return List.of(event("checks", d.answer().checks()), event("done", AskResponse.of(conversation.toString(), d)));
    }

    private static ServerSentEvent<Object> event(String name, Object data) {
        return ServerSentEvent.builder(data).event(name).build();
    }

}
