package city.science.qa.chat;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.Citation;
import city.science.qa.web.BadRequestException;
import city.science.qa.web.QuestionRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The service as an OpenAI-compatible "model", so existing chat clients and SDKs can use it:
 * {@code GET /v1/models} and {@code POST /v1/chat/completions}, streaming or not. The answer ends
 * with its sources as numbered references; the extension fields {@code citations}, {@code checks}
 * and {@code grounded} carry them as data.
 */
@RestController
public class OpenAiCompatController {

  static final String MODEL = "science-city-qa";

  private final QuestionService questions;
  private final QuestionRules rules;
  private final ConversationStore conversations;

  public OpenAiCompatController(QuestionService questions, QuestionRules rules, ConversationStore conversations) {
    this.questions = questions;
    this.rules = rules;
    this.conversations = conversations;
  }

  /** One message of the request; content is a string or a list of parts ({@code {type: text, text}}). */
  public record Message(String role, Object content) {

    String text() {
      if (content instanceof String s) {
        return s;
      }
      if (content instanceof List<?> parts) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
          if (part instanceof Map<?, ?> map && map.get("text") != null) {
            out.append(map.get("text"));
          }
        }
        return out.toString();
      }
      return "";
    }
  }

  /** The request fields this service reads; others (temperature, …) are accepted and ignored. */
  public record CompletionRequest(String model, List<Message> messages, Boolean stream) {
  }

  @GetMapping("/v1/models")
  public Map<String, Object> models() {
    return Map.of("object", "list", "data", List.of(Map.of("id", MODEL, "object", "model", "created", 0,
        "owned_by", MODEL)));
  }

  @PostMapping(path = "/v1/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Mono<ResponseEntity<?>> complete(@RequestBody CompletionRequest request) {
    if (request.messages() == null || request.messages().isEmpty()) {
      throw new BadRequestException("messages", "messages must hold at least one user message.");
    }
    int lastUser = lastUserMessage(request.messages());
    String question = rules.question(request.messages().get(lastUser).text());
    List<Message> history = request.messages().subList(0, lastUser);
    String id = "chatcmpl-" + UUID.randomUUID();
    long created = Instant.now().getEpochSecond();
    Mono<UUID> conversation = Mono.fromCallable(() -> conversationFor(history)).subscribeOn(Schedulers.boundedElastic());
    if (Boolean.TRUE.equals(request.stream())) {
      return conversation.map(c -> ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM)
          .body(stream(id, created, questions.answer(c, question))));
    }
    return conversation.flatMap(c -> questions.ask(c, question))
        .map(d -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(completion(id, created, d.answer())));
  }

  private static int lastUserMessage(List<Message> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if ("user".equals(messages.get(i).role())) {
        return i;
      }
    }
    throw new BadRequestException("messages", "messages must hold at least one user message.");
  }

  /**
   * A conversation holding the client's earlier turns, so follow-ups resolve as in the chat. Like the
   * chat's, it is stored with its first turn, so nothing is left behind if the answer fails.
   */
  private UUID conversationFor(List<Message> history) {
    UUID id = UUID.randomUUID();
    String pending = null;
    for (Message m : history) {
      if ("user".equals(m.role())) {
        pending = m.text();
      } else if ("assistant".equals(m.role()) && pending != null) {
        conversations.appendText(id, pending, m.text());
        pending = null;
      }
    }
    return id;
  }

  private Flux<ServerSentEvent<Object>> stream(String id, long created, Flux<AnswerEvent> events) {
    Flux<ServerSentEvent<Object>> chunks = events.concatMap(event -> {
      if (event instanceof AnswerEvent.Text t) {
        return Flux.just(data(chunk(id, created, Map.of("content", t.text()), null, null)));
      }
      if (event instanceof AnswerEvent.Done d) {
        return Flux.just(
            data(chunk(id, created, Map.of("content", references(d.answer())), null, null)),
            data(chunk(id, created, Map.of(), "stop", d.answer())));
      }
      return Flux.empty();
    });
    return Flux.just(data(chunk(id, created, Map.of("role", "assistant", "content", ""), null, null)))
        .concatWith(chunks)
        .concatWith(Flux.just(data("[DONE]")));
  }

  private static Map<String, Object> chunk(String id, long created, Map<String, Object> delta, String finish,
      Answer answer) {
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("index", 0);
    choice.put("delta", delta);
    choice.put("finish_reason", finish);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("object", "chat.completion.chunk");
    out.put("created", created);
    out.put("model", MODEL);
    out.put("choices", List.of(choice));
    if (answer != null) {
      extensions(out, answer);
    }
    return out;
  }

  private static Map<String, Object> completion(String id, long created, Answer answer) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("object", "chat.completion");
    out.put("created", created);
    out.put("model", MODEL);
    out.put("choices", List.of(Map.of("index", 0, "finish_reason", "stop",
        "message", Map.of("role", "assistant", "content", answer.text() + references(answer)))));
    out.put("usage", Map.of("prompt_tokens", 0, "completion_tokens", 0, "total_tokens", 0));
    extensions(out, answer);
    return out;
  }

  private static void extensions(Map<String, Object> out, Answer answer) {
    out.put("citations", answer.citations());
    out.put("checks", answer.checks());
    out.put("grounded", answer.grounded());
    out.put("answer_mode", answer.mode());
    if (answer.notice() != null) {
      out.put("notice", answer.notice());
    }
    if (!answer.suggestions().isEmpty()) {
      out.put("suggestions", answer.suggestions());
    }
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
    String heading = answer.citations().isEmpty() ? "" : ("en".equals(answer.language()) ? "Sources:" : "来源：");
    return "\n\n" + (heading.isEmpty() ? "" : heading + "\n") + String.join("\n", lines);
  }

  private static ServerSentEvent<Object> data(Object data) {
    return ServerSentEvent.builder(data).build();
  }
}
