package city.science.qa.openai;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerMode;
import city.science.qa.answer.Checks;
import city.science.qa.answer.Citation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * What this service adds to OpenAI's objects: the citations as data, the checks, whether
 * the corpus answered, and how. Clients that do not know them ignore them.
 */
public record Extensions(List<Citation> citations, Checks checks, boolean grounded,
        @JsonProperty("answer_mode") AnswerMode answerMode,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> notice,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> suggestions) {

    static Extensions of(Answer answer) {
        return new Extensions(answer.citations(), answer.checks(), answer.grounded(), answer.mode(), answer.notice(),
                answer.suggestions());
    }
}
