package city.science.qa.web;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** What a question must be before any work is done on it. */
@Component
public class QuestionRules {

  private final WebProperties properties;

  public QuestionRules(WebProperties properties) {
    this.properties = properties;
  }

  /** The question, stripped, or a 400 saying what is wrong with it. */
  public String question(String question) {
    if (question == null || question.isBlank()) {
      throw new BadRequestException("question", "The question is empty.");
    }
    String q = question.strip();
    if (q.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new BadRequestException("question", "The question has no words.");
    }
    if (q.length() > properties.maxQuestionChars()) {
      throw new BadRequestException("question",
          "The question is " + q.length() + " characters long; the limit is " + properties.maxQuestionChars() + ".");
    }
    if (q.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
      throw new BadRequestException("question", "The question contains control characters.");
    }
    return q;
  }

  public UUID conversationId(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("conversationId", "conversationId is not a UUID.");
    }
  }
}
