package city.science.qa.answer;

import java.util.List;

/**
 * What an answerer emits while it answers: its sources, then text as it is written, then
 * the whole answer.
 */
public sealed interface AnswerEvent {

    /** The numbered sources, before any text. */
    record Sources(List<Citation> citations) implements AnswerEvent {
    }

    /** A piece of answer text. */
    record Text(String text) implements AnswerEvent {
    }

    /**
     * The finished answer; the last event.
     *
     * @param turn its number in the conversation once stored, 0 before
     */
    record Done(Answer answer, int turn) implements AnswerEvent {

        public Done(Answer answer) {
            this(answer, 0);
        }
    }

}
