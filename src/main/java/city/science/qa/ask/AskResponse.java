package city.science.qa.ask;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.AnswerMode;
import city.science.qa.answer.Checks;
import city.science.qa.answer.Citation;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.Language;
import java.util.List;
import java.util.Optional;

/**
 * The answer as {@code /api/ask} returns it and the {@code done} event carries it.
 *
 * @param checks every figure of the answer and whether a cited source states it; markers
 * checked
 * @param notice set when the offline answer stands in for the language model's
 * @param suggestions questions the corpus can answer, when it cannot answer this one
 * @param turn the answer's number in its conversation, for feedback
 * @param analysis what the question was taken to ask (kind, subjects, years, places,
 * events), for staff
 */
public record AskResponse(String conversationId, Language language, String answer, boolean grounded, AnswerMode mode,
        List<Citation> citations, Checks checks, Optional<String> notice, List<String> suggestions, int turn,
        QuestionAnalysis analysis) {

    static AskResponse of(String conversationId, AnswerEvent.Done done) {
        Answer answer = done.answer();
        return new AskResponse(conversationId, answer.language(), answer.text(), answer.grounded(), answer.mode(),
                answer.citations(), answer.checks(), answer.notice(), answer.suggestions(), done.turn(),
                answer.analysis());
    }
}
