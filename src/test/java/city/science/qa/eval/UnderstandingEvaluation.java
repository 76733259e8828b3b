package city.science.qa.eval;

import city.science.qa.answer.Abstention;
import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerProperties;
import city.science.qa.answer.ExtractiveAnswerer;
import city.science.qa.ask.QuestionService;
import city.science.qa.conversation.ConversationRepository;
import city.science.qa.conversation.FollowUps;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.Language;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every question answered twice, offline: as the service answered before question
 * understanding (the raw question searched, any sentence of the best passages quoted) and
 * as it answers now (the whole pipeline: normalize, rewrite a follow-up, analyze,
 * retrieve, fit, decide). An answerable question is right when the answer is given and
 * holds its fact (every fact, for a figure over time); a near miss or an unanswerable one
 * is right when the service declines or answers partially. Printed per kind for the test
 * split (never tuned on), then for the dev split (tuned on).
 */
public class UnderstandingEvaluation {

    private final QuestionService questions;

    private final PassageSearch search;

    private final QueryFactory queries;

    private final ExtractiveAnswerer answerer;

    private final FollowUps followUps;

    private final Abstention abstention;

    public UnderstandingEvaluation(QuestionService questions, PassageSearch search, QueryFactory queries,
            ExtractiveAnswerer answerer, FollowUps followUps, AnswerProperties properties) {
        this.questions = questions;
        this.search = search;
        this.queries = queries;
        this.answerer = answerer;
        this.followUps = followUps;
        this.abstention = properties.abstention();
    }

    /** One question's two answers. */
    record Outcome(EvalQuestion question, Answer before, Answer after) {

        boolean beforeRight() {
            return right(question, before);
        }

        boolean afterRight() {
            return right(question, after);
        }

    }

    public void run(List<EvalQuestion> set, PrintStream out) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalQuestion q : set) {
            outcomes.add(new Outcome(q, before(q), after(q)));
        }
        for (String split : List.of("test", "dev")) {
            List<Outcome> part = outcomes.stream().filter(o -> o.question().split().equals(split)).toList();
            out.printf("%nAnswers by kind of question, %s split (%d questions%s), offline:%n", split, part.size(),
                    split.equals("test") ? ", never tuned on" : ", the lexicon and rules were tuned on these");
            out.printf("  %-16s %5s  %-22s %-22s%n", "kind", "n", "before this issue", "now");
            Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
            part.forEach(o -> byKind.computeIfAbsent(o.question().kind(), k -> new ArrayList<>()).add(o));
            byKind.forEach((kind, list) -> row(out, kind + measure(list.get(0).question()), list));
            row(out, "all answerable", part.stream().filter(o -> o.question().answerable()).toList());
            row(out, "all declinable", part.stream().filter(o -> !o.question().answerable()).toList());
            long refusedBefore = part.stream().filter(o -> o.question().answerable() && !o.before().grounded()).count();
            long refusedAfter = part.stream().filter(o -> o.question().answerable() && !o.after().grounded()).count();
            long answerable = part.stream().filter(o -> o.question().answerable()).count();
            out.printf("  answerable questions refused: before %.3f (%d/%d), now %.3f (%d/%d)%n",
                    (double) refusedBefore / answerable, refusedBefore, answerable, (double) refusedAfter / answerable,
                    refusedAfter, answerable);
        }
        out.printf("%nDev questions answered wrongly now:%n");
        outcomes.stream()
            .filter(o -> o.question().split().equals("dev") && !o.afterRight())
            .forEach(o -> out.printf("  [%s] %s%n      → %s%n", o.question().kind(), o.question().q(),
                    o.after().text().replace('\n', ' ')));
    }

    private static String measure(EvalQuestion q) {
        return q.answerable() ? " (fact)" : " (declined)";
    }

    private static void row(PrintStream out, String label, List<Outcome> list) {
        if (list.isEmpty()) {
            return;
        }
        long before = list.stream().filter(Outcome::beforeRight).count();
        long after = list.stream().filter(Outcome::afterRight).count();
        out.printf("  %-27s %3d  %5.2f (%3d/%3d)        %5.2f (%3d/%3d)%n", label, list.size(),
                (double) before / list.size(), before, list.size(), (double) after / list.size(), after, list.size());
    }

    static boolean right(EvalQuestion q, Answer answer) {
        if (!q.answerable()) {
            return !answer.grounded();
        }
        if (!answer.grounded()) {
            return false;
        }
        return q.all() ? q.facts().stream().allMatch(f -> AnswerEvaluation.holdsFact(answer.text(), List.of(f)))
                : AnswerEvaluation.holdsFact(answer.text(), q.facts());
    }

    /**
     * As before question understanding: the raw question (a follow-up carried after the
     * earlier one), any sentence of the best passages.
     */
    private Answer before(EvalQuestion q) {
        String asked = q.after()
            .map(previous -> followUps.resolve(q.q(), Language.of(q.q()),
                    List.of(new ConversationRepository.Turn(1, previous, Language.of(previous), "", true, previous))))
            .orElse(q.q());
        Language language = Language.of(asked);
        Query query = queries.of(asked);
        List<SearchHit> hits = search.search(query, search.answerPassages());
        if (abstention.refuses(language, search.evidence(query, hits))) {
            return Answer.noAnswer(language, "refused", List.of());
        }
        return answerer.answer(asked, QuestionAnalysis.NONE, language, hits);
    }

    /** Now: the whole pipeline, in a conversation of its own. */
    private Answer after(EvalQuestion q) {
        UUID conversation = UUID.randomUUID();
        q.after().ifPresent(previous -> questions.ask(conversation, previous).block());
        return questions.ask(conversation, q.q()).block().answer();
    }

}
