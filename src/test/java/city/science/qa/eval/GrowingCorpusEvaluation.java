package city.science.qa.eval;

import city.science.qa.answer.Answer;
import city.science.qa.ask.QuestionService;
import city.science.qa.eval.UnseenArticles.Question;
import city.science.qa.search.Language;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Questions about articles asked of one index, as a visitor asks them: where the gold
 * passage ranks in what {@code /api/search} returns, and whether the service's answer
 * holds the fact (or declines or answers partially, for a question the articles do not
 * answer). Printed per kind and language, one run beside another.
 */
public class GrowingCorpusEvaluation {

    static final int K = 5;

    private final QuestionService questions;

    public GrowingCorpusEvaluation(QuestionService questions) {
        this.questions = questions;
    }

    /**
     * One question against one index.
     *
     * @param goldRank 1-based rank of the first gold passage in the first {@link #K}; 0
     * when it is not there (or the question is a follow-up, whose search needs its
     * conversation)
     */
    public record Result(Question question, int goldRank, Answer answer) {

        public boolean right() {
            if (question.declinable()) {
                return !answer.grounded();
            }
            return answer.grounded()
                    && question.required().stream().allMatch(group -> AnswerEvaluation.holdsFact(answer.text(), group));
        }

        public boolean refused() {
            return question.answerable() && !answer.grounded();
        }

        boolean retrievable() {
            return question.answerable() && !question.followUp();
        }

    }

    public List<Result> measure(List<Question> set) {
        List<Result> out = new ArrayList<>();
        for (Question q : set) {
            UUID conversation = UUID.randomUUID();
            q.history().forEach(earlier -> questions.ask(conversation, earlier).block());
            Answer answer = questions.ask(conversation, q.q()).block().answer();
            int rank = 0;
            if (!q.followUp()) {
                List<SearchHit> hits = questions.search(q.q(), K);
                for (int i = 0; i < hits.size() && rank == 0; i++) {
                    rank = q.isGold(hits.get(i).text()) ? i + 1 : 0;
                }
            }
            out.add(new Result(q, rank, answer));
        }
        return out;
    }

    /** The figures of a set of results, as the README and the CI guard read them. */
    public record Figures(int n, double recallAt5, double fact, double refused, double declined) {

        static Figures of(List<Result> results) {
            List<Result> retrievable = results.stream().filter(Result::retrievable).toList();
            List<Result> answerable = results.stream().filter(r -> r.question().answerable()).toList();
            List<Result> declinable = results.stream().filter(r -> r.question().declinable()).toList();
            return new Figures(results.size(), share(retrievable, r -> r.goldRank() > 0),
                    share(answerable, Result::right), share(answerable, Result::refused),
                    share(declinable, Result::right));
        }

        private static double share(List<Result> list, Predicate<Result> p) {
            return list.isEmpty() ? Double.NaN : list.stream().filter(p).count() / (double) list.size();
        }

        String cells() {
            return String.format("%4d  %-5s %-5s %-7s %-5s", n, cell(recallAt5), cell(fact), cell(refused),
                    cell(declined));
        }

        private static String cell(double v) {
            return Double.isNaN(v) ? "  -" : String.format("%.2f", v);
        }

    }

    /**
     * The results per language and kind, with another run of the same questions beside
     * them (matched by position) when there is one.
     */
    public static void print(String title, List<Result> results, List<Result> beside, String besideTitle,
            PrintStream out) {
        out.printf("%n%s%n", title);
        String header = "   n  R@5   fact  refused declined";
        out.printf("  %-26s %s%s%n", "language / kind", header, beside.isEmpty() ? "" : "   | " + besideTitle);
        for (Language lang : Language.values()) {
            Map<String, List<Integer>> rows = new LinkedHashMap<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).question().lang() == lang) {
                    rows.computeIfAbsent(results.get(i).question().kind(), k -> new ArrayList<>()).add(i);
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            rows.forEach((kind, index) -> row(out, lang.code() + " " + kind, index, results, beside));
            List<Integer> all = rows.values().stream().flatMap(List::stream).sorted().toList();
            row(out, lang.code() + " all", all, results, beside);
        }
        row(out, "all", java.util.stream.IntStream.range(0, results.size()).boxed().toList(), results, beside);
    }

    private static void row(PrintStream out, String label, List<Integer> index, List<Result> a, List<Result> b) {
        String left = Figures.of(index.stream().map(a::get).toList()).cells();
        String right = b.isEmpty() ? "" : "   | " + Figures.of(index.stream().map(b::get).toList()).cells();
        out.printf("  %-26s %s%s%n", label, left, right);
    }

    /** Dev results answered wrongly, to read (test results are counted, never read). */
    public static void devFailures(List<Result> results, PrintStream out) {
        out.printf("%nDev-article questions answered wrongly (read these, never the test ones):%n");
        results.stream()
            .filter(r -> r.question().split() == UnseenArticles.Split.DEV && !r.right())
            .forEach(r -> out.printf("  [%s %s %s] %s (gold rank %d)%n      → %s%n", r.question().id(),
                    r.question().lang().code(), r.question().kind(), r.question().q(), r.goldRank(),
                    r.answer().text().replace('\n', ' ')));
    }

    /**
     * Dev questions the served corpus alone answered right and a grown one does not: what
     * adding articles cost (it must cost nothing).
     */
    public static void devRegressions(List<Result> grown, List<Result> alone, PrintStream out) {
        out.printf("%nDev questions right in the served corpus alone, wrong in this one:%n");
        for (int i = 0; i < grown.size(); i++) {
            Result r = grown.get(i);
            if (r.question().split() == UnseenArticles.Split.DEV && alone.get(i).right() && !r.right()) {
                out.printf("  [%s %s %s] %s (gold rank %d, alone %d)%n      → %s%n", r.question().id(),
                        r.question().lang().code(), r.question().kind(), r.question().q(), r.goldRank(),
                        alone.get(i).goldRank(), r.answer().text().replace('\n', ' '));
            }
        }
    }

}
