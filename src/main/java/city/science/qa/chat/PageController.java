package city.science.qa.chat;

import city.science.qa.answer.Suggestions;
import city.science.qa.search.Language;
import city.science.qa.web.BadRequestException;
import city.science.qa.web.NotFoundException;
import city.science.qa.web.QuestionRules;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What the chat page needs besides the questions: starters, a conversation to show again, feedback. */
@RestController
public class PageController {

  private static final int MAX_COMMENT = 2000;

  private final Suggestions suggestions;
  private final ConversationStore conversations;
  private final FeedbackStore feedback;
  private final QuestionRules rules;
  private final ObjectMapper json;

  public PageController(Suggestions suggestions, ConversationStore conversations, FeedbackStore feedback,
      QuestionRules rules, ObjectMapper json) {
    this.suggestions = suggestions;
    this.conversations = conversations;
    this.feedback = feedback;
    this.rules = rules;
    this.json = json;
  }

  @GetMapping("/api/suggestions")
  public Map<String, List<String>> suggestions(@RequestParam(name = "lang", defaultValue = "zh") String lang) {
    Language language = "en".equalsIgnoreCase(lang) ? Language.EN : Language.ZH;
    return Map.of("questions", suggestions.starters(language));
  }

  /** A conversation's questions and answers, for the page to show again after a reload. */
  @GetMapping("/api/conversations/{id}")
  public Mono<Map<String, Object>> conversation(@PathVariable("id") String id) {
    UUID conversation = rules.conversationId(id);
    return Mono.fromCallable(() -> {
      if (!conversations.exists(conversation)) {
        throw new NotFoundException("No conversation " + conversation + ".");
      }
      List<Map<String, Object>> turns = conversations.answers(conversation).stream()
          .map(t -> Map.<String, Object>of("turn", t.turn(), "question", t.question(),
              "answer", (JsonNode) json.readTree(t.answerJson())))
          .toList();
      return Map.<String, Object>of("conversationId", conversation.toString(), "turns", turns);
    }).subscribeOn(Schedulers.boundedElastic());
  }

  /** The body of {@code POST /api/feedback}. */
  public record FeedbackRequest(String conversationId, Integer turn, String rating, String comment) {
  }

  @PostMapping(path = "/api/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Mono<Map<String, Object>> feedback(@RequestBody FeedbackRequest request) {
    UUID conversation = rules.conversationId(request.conversationId());
    if (conversation == null) {
      throw new BadRequestException("conversationId", "conversationId is required.");
    }
    if (request.turn() == null || request.turn() < 1) {
      throw new BadRequestException("turn", "turn must be the answer's number, from 1.");
    }
    if (!"up".equals(request.rating()) && !"down".equals(request.rating())) {
      throw new BadRequestException("rating", "rating must be \"up\" or \"down\".");
    }
    String comment = request.comment() == null ? "" : request.comment().strip();
    if (comment.length() > MAX_COMMENT) {
      throw new BadRequestException("comment", "The comment is longer than " + MAX_COMMENT + " characters.");
    }
    return Mono.fromCallable(() -> {
      if (!feedback.add(conversation, request.turn(), request.rating(), comment)) {
        throw new NotFoundException("No answer " + request.turn() + " in conversation " + conversation + ".");
      }
      return Map.<String, Object>of("stored", true);
    }).subscribeOn(Schedulers.boundedElastic());
  }
}
