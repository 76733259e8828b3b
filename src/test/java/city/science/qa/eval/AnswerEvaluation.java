package city.science.qa.eval;

import city.science.qa.answer.Abstention;
import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerProperties;
import city.science.qa.answer.ExtractiveAnswerer;
import city.science.qa.corpus.Figures;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.Evidence;
import city.science.qa.search.Language;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offline answers on the evaluation set: how often an answer holds a gold fact, how often
 * the service refuses what the corpus cannot answer and wrongly refuses what it can, and
 * the trade-off curves over the abstention thresholds that the configured ones were
 * chosen from.
 */
public class AnswerEvaluation {

    private final PassageSearch search;

    private final QueryFactory queries;

    private final ExtractiveAnswerer answerer;

    private final AnswerProperties properties;

    public AnswerEvaluation(PassageSearch search, QueryFactory queries, ExtractiveAnswerer answerer,
            AnswerProperties properties) {
        this.search = search;
        this.queries = queries;
        this.answerer = answerer;
        this.properties = properties;
    }

    /**
     * One question's outcome before any threshold: its evidence and whether the quote
     * holds a fact.
     */
    record Outcome(EvalQuestion question, Evidence evidence, boolean hasFact, String answer) {
    }

    /**
     * The original questions (plain and unanswerable), answered as before question
     * understanding.
     */
    public void run(List<EvalQuestion> all, PrintStream out) {
        List<EvalQuestion> set = all.stream()
            .filter(q -> q.kind().equals("plain") || q.kind().equals("unanswerable"))
            .filter(q -> q.after().isEmpty())
            .toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalQuestion q : set) {
            Query query = queries.of(q.q());
            List<SearchHit> hits = search.search(query, search.answerPassages());
            Answer quoted = answerer.answer(q.q(), QuestionAnalysis.NONE, Language.of(q.q()), hits);
            outcomes.add(new Outcome(q, search.evidence(query, hits),
                    q.answerable() && holdsFact(quoted.text(), q.facts()), quoted.text()));
        }
        Abstention configured = properties.abstention();
        out.printf("%nOffline answers to the original %d questions, answered as before question understanding (raw "
                + "question, any sentence may answer), abstention as configured: %s%n", set.size(), configured);
        out.printf("  %-4s %10s %22s %24s %26s%n", "lang", "questions", "answer holds a fact", "unanswerable refused",
                "answerable wrongly refused");
        for (Language lang : Language.values()) {
            Rates r = rates(outcomes, lang, configured);
            out.printf("  %-4s %10d %15.3f (%d/%d) %17.3f (%d/%d) %19.3f (%d/%d)%n", lang.code(), r.total, r.factRate(),
                    r.withFact, r.answerable, r.refusedRate(), r.unanswerableRefused, r.unanswerable, r.wrongRate(),
                    r.answerableRefused, r.answerable);
        }
        curve(out, outcomes, "minimum coverage",
                t -> new Abstention(configured.minSimilarityZh(), configured.minSimilarityEn(), t,
                        configured.confidentCoverage(), configured.strongSimilarityZh(),
                        configured.strongSimilarityEn(), configured.glossSimilarityOffset()));
        curve(out, outcomes, "strong similarity (zh; en = zh + 0.10)",
                s -> new Abstention(configured.minSimilarityZh(), configured.minSimilarityEn(),
                        configured.minCoverage(), configured.confidentCoverage(), s, s + 0.10,
                        configured.glossSimilarityOffset()));
        out.printf("%nAnswerable questions whose answer lacks a gold fact or is refused:%n");
        for (Outcome o : outcomes) {
            if (o.question().answerable() && (!o.hasFact() || refuses(configured, o))) {
                out.printf("  %s %s (similarity %.2f, coverage %.2f)%n      → %s%s%n", o.question().lang().code(),
                        o.question().q(), o.evidence().similarity(), o.evidence().coverage(),
                        refuses(configured, o) ? "(refused) " : "",
                        o.answer().length() > 150 ? o.answer().substring(0, 150) + "…" : o.answer());
            }
        }
        out.printf("%nUnanswerable questions:%n");
        outcomes.stream()
            .filter(o -> !o.question().answerable())
            .forEach(o -> out.printf("  %s %s (similarity %.2f, coverage %.2f)%s%n", o.question().lang().code(),
                    o.question().q(), o.evidence().similarity(), o.evidence().coverage(),
                    refuses(configured, o) ? "" : "  ANSWERED"));
    }

    private static boolean refuses(Abstention rule, Outcome o) {
        return rule.refuses(Language.of(o.question().q()), o.evidence());
    }

    private static void curve(PrintStream out, List<Outcome> outcomes, String name,
            java.util.function.DoubleFunction<Abstention> rule) {
        out.printf("%nAbstention trade-off over the %s threshold (the other as configured)%n", name);
        out.printf("  %9s | %-36s | %-36s%n", "threshold", "zh: facts  unans.refused  wrong.refused",
                "en: facts  unans.refused  wrong.refused");
        for (int t = 20; t <= 80; t += 5) {
            Abstention r = rule.apply(t / 100.0);
            Rates zh = rates(outcomes, Language.ZH, r);
            Rates en = rates(outcomes, Language.EN, r);
            out.printf("  %9.2f | %9.3f %14.3f %14.3f | %9.3f %14.3f %14.3f%n", t / 100.0, zh.factRate(),
                    zh.refusedRate(), zh.wrongRate(), en.factRate(), en.refusedRate(), en.wrongRate());
        }
    }

    private static final class Rates {

        int total;

        int answerable;

        int unanswerable;

        int withFact;

        int unanswerableRefused;

        int answerableRefused;

        double factRate() {
            return answerable == 0 ? 0 : (double) withFact / answerable;
        }

        double refusedRate() {
            return unanswerable == 0 ? 0 : (double) unanswerableRefused / unanswerable;
        }

        double wrongRate() {
            return answerable == 0 ? 0 : (double) answerableRefused / answerable;
        }

    }

    private static Rates rates(List<Outcome> outcomes, Language lang, Abstention rule) {
        Rates r = new Rates();
        for (Outcome o : outcomes) {
            if (o.question().lang() != lang) {
                continue;
            }
            r.total++;
            boolean refused = refuses(rule, o);
            if (o.question().answerable()) {
                r.answerable++;
                if (refused) {
                    r.answerableRefused++;
                }
                else if (o.hasFact()) {
                    r.withFact++;
                }
            }
            else {
                r.unanswerable++;
                if (refused) {
                    r.unanswerableRefused++;
                }
            }
        }
        return r;
    }

    /**
     * A fact is there as written, or as the same figure in another notation (314.19
     * billion = 3141.9亿).
     */
    static boolean holdsFact(String answer, List<String> facts) {
        String lower = answer.toLowerCase(Locale.ROOT);
        Set<String> figures = Figures.in(answer).stream().map(Figures.Figure::token).collect(Collectors.toSet());
        for (String fact : facts) {
            if (lower.contains(fact.toLowerCase(Locale.ROOT))) {
                return true;
            }
            List<String> factFigures = Figures.in(fact).stream().map(Figures.Figure::token).toList();
            if (!factFigures.isEmpty() && figures.containsAll(factFigures)) {
                return true;
            }
        }
        return false;
    }

}
