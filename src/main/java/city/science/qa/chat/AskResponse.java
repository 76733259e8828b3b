package city.science.qa.chat;

import city.science.qa.answer.Answer;
import city.science.qa.answer.Citation;
import java.util.List;

/** The answer as {@code /api/ask} returns it and the {@code done} event carries it. */
public record AskResponse(String conversationId, String language, String answer, boolean grounded, String mode,
    List<Citation> citations) {

  static AskResponse of(String conversationId, Answer answer) {
    return new AskResponse(conversationId, answer.language(), answer.text(), answer.grounded(), answer.mode(),
        answer.citations());
  }
}
