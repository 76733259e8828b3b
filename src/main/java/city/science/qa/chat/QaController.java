package city.science.qa.chat;

import city.science.qa.answer.AnswerEvent;
import city.science.qa.search.SearchProperties;
import city.science.qa.web.ApiProblems;
import city.science.qa.web.BadRequestException;
import city.science.qa.web.QuestionRules;
import java.util.Map;
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
 * The question API. Retrieval and the database are blocking (JDBC, ONNX), so that work runs on
 * Reactor's bounded elastic pool and never on the event loop.
 */
@RestController
public class QaController {

  private static final Logger log = LoggerFactory.getLogger(QaController.class);

  private final QuestionService questions;
  private final QuestionRules rules;
  private final SearchProperties searchProperties;

  public QaController(QuestionService questions, QuestionRules rules, SearchProperties searchProperties) {
    this.questions = questions;
    this.rules = rules;
    this.searchProperties = searchProperties;
  }

  @GetMapping("/api/search")
  public Mono<SearchResponse> search(@RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "k", required = false) Integer k) {
    String query = rules.question(q);
    int limit = k == null ? searchProperties.defaultK() : k;
    if (limit < 1 || limit > searchProperties.maxK()) {
      throw new BadRequestException("k", "k must be between 1 and " + searchProperties.maxK() + ".");
    }
    return Mono.fromCallable(() -> SearchResponse.of(questions.search(query, limit)))
        .subscribeOn(Schedulers.boundedElastic());
  }

  @PostMapping(path = "/api/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Mono<AskResponse> ask(@RequestBody AskRequest request) {
    String question = rules.question(request.question());
    UUID given = rules.conversationId(request.conversationId());
    return Mono.fromCallable(() -> questions.conversation(given))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(conversation -> questions.ask(conversation, question)
            .map(done -> AskResponse.of(conversation.toString(), done)));
  }

  /**
   * The answer as Server-Sent Events: {@code citations}, then {@code token}s, then {@code checks}
   * and {@code done}; {@code error} with a problem object if it fails mid-stream. A client that goes
   * away cancels the subscription, and with it any language model stream.
   */
  @PostMapping(path = "/api/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public Mono<ResponseEntity<Flux<ServerSentEvent<Object>>>> chat(@RequestBody AskRequest request) {
    String question = rules.question(request.question());
    UUID given = rules.conversationId(request.conversationId());
    // The conversation is checked before the stream opens, so a bad id is a plain 404, not a stream.
    return Mono.fromCallable(() -> questions.conversation(given))
        .subscribeOn(Schedulers.boundedElastic())
        .map(conversation -> ResponseEntity.ok()
            .contentType(MediaType.TEXT_EVENT_STREAM)
            .body(stream(conversation, question)));
  }

  private Flux<ServerSentEvent<Object>> stream(UUID conversation, String question) {
    return questions.answer(conversation, question)
        .concatMap(event -> Flux.fromIterable(events(conversation, event)))
        .onErrorResume(e -> {
          log.warn("chat stream failed: {}", e.toString());
          return Flux.just(event("error", ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
              "Answer failed", "The answer could not be completed. Please ask again.")));
        });
  }

  private static java.util.List<ServerSentEvent<Object>> events(UUID conversation, AnswerEvent event) {
    if (event instanceof AnswerEvent.Sources s) {
      return java.util.List.of(event("citations", Map.of("citations", s.citations())));
    }
    if (event instanceof AnswerEvent.Text t) {
      return java.util.List.of(event("token", Map.of("text", t.text())));
    }
    AnswerEvent.Done d = (AnswerEvent.Done) event;
    return java.util.List.of(
        event("checks", d.answer().checks()),
        event("done", AskResponse.of(conversation.toString(), d)));
  }

  private static ServerSentEvent<Object> event(String name, Object data) {
    return ServerSentEvent.builder(data).event(name).build();
  }
}
