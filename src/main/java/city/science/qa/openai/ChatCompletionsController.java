package city.science.qa.openai;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.Citation;
import city.science.qa.ask.AskRequest;
import city.science.qa.ask.QuestionService;
import city.science.qa.conversation.ConversationRepository;
import city.science.qa.search.Language;
import city.science.qa.web.BadRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /v1/models} and {@code POST /v1/chat/completions}, streaming or not. The
 * answer ends with its sources as numbered references; the extension fields carry them as
 * data.
 */
@RestController
class ChatCompletionsController {

    static final String MODEL = "science-city-qa";

    private final QuestionService questions;

    private final ConversationRepository conversations;

    private final Validator validator;

    ChatCompletionsController(QuestionService questions, ConversationRepository conversations, Validator validator) {
        this.questions = questions;
        this.conversations = conversations;
        this.validator = validator;
    }

    @GetMapping("/v1/models")
    ModelList models() {
        return ModelList.ofThisService();
    }

    @PostMapping(path = "/v1/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> complete(@Valid @RequestBody ChatCompletionRequest request) {
        int lastUser = request.lastUserMessage()
            .orElseThrow(() -> new BadRequestException("messages", "messages must hold at least one user message."));
        String question = question(request.messages().get(lastUser).text());
        List<ChatCompletionRequest.Message> history = request.messages().subList(0, lastUser);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        Mono<UUID> conversation = Mono.fromCallable(() -> conversationFor(history))
            .subscribeOn(Schedulers.boundedElastic());
        if (request.streaming()) {
            return conversation.map(c -> ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .body(stream(id, created, questions.answer(c, question))));
        }
        return conversation.flatMap(c -> questions.ask(c, question))
            .map(done -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(ChatCompletion.of(id, created, done.answer().text() + references(done.answer()),
                        Extensions.of(done.answer()))));
    }

    // The last user message is held to the same rules as the question of /api/ask.
    private String question(String text) {
        Optional<ConstraintViolation<AskRequest>> broken = validator.validateValue(AskRequest.class, "question", text)
            .stream()
            .findFirst();
        if (broken.isPresent()) {
            throw new BadRequestException("messages", broken.get().getMessage());
        }
        return text.strip();
    }

    /**
     * A conversation holding the client's earlier turns, so follow-ups resolve as in the
     * chat. Like the chat's, it is stored with its first turn, so nothing is left behind
     * if the answer fails.
     */
    private UUID conversationFor(List<ChatCompletionRequest.Message> history) {
        UUID id = UUID.randomUUID();
        Optional<String> pending = Optional.empty();
        for (ChatCompletionRequest.Message m : history) {
            if (m.from("user")) {
                pending = Optional.of(m.text());
            }
            else if (m.from("assistant") && pending.isPresent()) {
                conversations.appendText(id, pending.get(), m.text());
                pending = Optional.empty();
            }
        }
        return id;
    }

    private static Flux<ServerSentEvent<Object>> stream(String id, long created, Flux<AnswerEvent> events) {
        Flux<ServerSentEvent<Object>> chunks = events.concatMap(event -> {
            if (event instanceof AnswerEvent.Text t) {
                return Flux.just(data(ChatCompletionChunk.text(id, created, t.text())));
            }
            if (event instanceof AnswerEvent.Done d) {
                return Flux.just(data(ChatCompletionChunk.text(id, created, references(d.answer()))),
                        data(ChatCompletionChunk.last(id, created, Extensions.of(d.answer()))));
            }
            return Flux.empty();
        });
        return Flux.just(data(ChatCompletionChunk.start(id, created)))
            .concatWith(chunks)
            .concatWith(Flux.just(data("[DONE]")));
    }

    /** The numbered references that follow the answer text, in the answer's language. */
    static String references(Answer answer) {
        List<String> lines = new ArrayList<>();
        for (Citation c : answer.citations()) {
            lines.add("[" + c.marker() + "] " + c.title() + " (" + c.published() + "): " + c.quote());
        }
        for (String s : answer.suggestions()) {
            lines.add("- " + s);
        }
        if (lines.isEmpty()) {
            return "";
        }
        String heading = answer.citations().isEmpty() ? ""
                : (answer.language() == Language.EN ? "Sources:\n" : "来源：\n");
        return "\n\n" + heading + String.join("\n", lines);
    }

    private static ServerSentEvent<Object> data(Object data) {
        return ServerSentEvent.builder(data).build();
    }

}
