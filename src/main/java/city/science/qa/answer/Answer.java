package city.science.qa.answer;

import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.Language;
import java.util.List;
import java.util.Optional;

/**
 * What the service says to a question. Made through the named factories: a quoted or
 * written answer ({@link #extractive}, {@link #llm}), or an honest "the corpus does not
 * answer this" ({@link #noAnswer}).
 *
 * @param text the answer with [n] citation markers
 * @param grounded false when the corpus holds no answer
 * @param checks what was checked on the finished answer (markers, figures)
 * @param notice why the answer is not what was asked for (the LLM failed and the offline
 * answer stands in)
 * @param suggestions questions the corpus can answer, offered when it cannot answer this
 * one
 */
public record Answer(Language language, String text, boolean grounded, AnswerMode mode, List<Citation> citations,
        Checks checks, Optional<String> notice, List<String> suggestions, QuestionAnalysis analysis) {

    public Answer {
        citations = List.copyOf(citations);
        suggestions = List.copyOf(suggestions);
    }

    /** Sentences quoted from the sources, not yet checked. */
    public static Answer extractive(Language language, String text, List<Citation> citations) {
        return new Answer(language, text, true, AnswerMode.EXTRACTIVE, citations, Checks.NONE, Optional.empty(),
                List.of(), QuestionAnalysis.NONE);
    }

    /** The language model's answer from numbered sources, not yet checked. */
    public static Answer llm(Language language, String text, List<Citation> citations) {
        return new Answer(language, text, true, AnswerMode.LLM, citations, Checks.NONE, Optional.empty(), List.of(),
                QuestionAnalysis.NONE);
    }

    /**
     * The corpus holds no answer: a short message and questions it can answer instead.
     */
    public static Answer noAnswer(Language language, String message, List<String> suggestions) {
        return new Answer(language, message, false, AnswerMode.EXTRACTIVE, List.of(), Checks.NONE, Optional.empty(),
                suggestions, QuestionAnalysis.NONE);
    }

    /**
     * The articles hold something close but not what was asked: said plainly, with the
     * closest passage cited as related, not as the answer.
     */
    public static Answer partial(Language language, String text, List<Citation> related) {
        return new Answer(language, text, false, AnswerMode.EXTRACTIVE, related, Checks.NONE, Optional.empty(),
                List.of(), QuestionAnalysis.NONE);
    }

    /**
     * Answers to the parts of one message, as one: their texts in order, each part's
     * citations numbered after the parts before it. It is grounded when a part is; a part
     * the articles do not answer says so in a line of its own.
     * @param unanswered the line for a part with no answer, given that part
     */
    public static Answer joined(Language language, List<Answer> parts,
            java.util.function.IntFunction<String> unanswered) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Answer part = parts.get(i);
            if (!text.isEmpty() && language == Language.EN) {
                text.append(' ');
            }
            if (!part.grounded() && part.citations().isEmpty()) {
                text.append(unanswered.apply(i));
                continue;
            }
            int offset = citations.size();
            part.citations().forEach(c -> citations.add(c.withMarker(c.marker() + offset)));
            text.append(Markers.MARKER.matcher(part.text())
                .replaceAll(m -> "[" + (Integer.parseInt(m.group(1)) + offset) + "]"));
        }
        boolean grounded = parts.stream().anyMatch(Answer::grounded);
        return new Answer(language, text.toString(), grounded, AnswerMode.EXTRACTIVE, citations, Checks.NONE,
                Optional.empty(), List.of(), parts.get(0).analysis());
    }

    public Answer withChecks(Checks newChecks) {
        return new Answer(language, text, grounded, mode, citations, newChecks, notice, suggestions, analysis);
    }

    public Answer withAnalysis(QuestionAnalysis newAnalysis) {
        return new Answer(language, text, grounded, mode, citations, checks, notice, suggestions, newAnalysis);
    }

    public Answer withNotice(String newNotice) {
        return new Answer(language, text, grounded, mode, citations, checks, Optional.of(newNotice), suggestions,
                analysis);
    }
}
