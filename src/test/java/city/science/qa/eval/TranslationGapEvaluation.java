package city.science.qa.eval;

import city.science.qa.answer.Answer;
import city.science.qa.ask.QuestionService;
import city.science.qa.search.Language;
import city.science.qa.search.Evidence;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.RankFusion;
import city.science.qa.search.RetrieverName;
import city.science.qa.search.Retrievers;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The English questions of the whole evaluation set against one index: where the gold
 * passage ranks, and whether the service's answer holds the fact (or declines, for a
 * question the corpus cannot answer). Run once on the corpus as it is and once with every
 * translation hidden, then printed side by side per kind.
 */
public class TranslationGapEvaluation {

    private static final int K = 5;

    private final QuestionService questions;

    private final PassageSearch search;

    private final QueryFactory queries;

    public TranslationGapEvaluation(QuestionService questions, PassageSearch search, QueryFactory queries) {
        this.questions = questions;
        this.search = search;
        this.queries = queries;
    }

    /**
     * One English question against one index.
     *
     * @param evidence what the abstention gate read (of the question as typed)
     */
    record Result(EvalQuestion question, int goldRank, Answer answer, Evidence evidence) {

        boolean right() {
            return UnderstandingEvaluation.right(question, answer);
        }

        boolean refused() {
            return question.answerable() && !answer.grounded();
        }

    }

    /** Every English question of the set, answered as the service answers it. */
    public List<Result> measure(List<EvalQuestion> set) {
        List<Result> out = new ArrayList<>();
        for (EvalQuestion q : set) {
            if (q.lang() != Language.EN) {
                continue;
            }
            UUID conversation = UUID.randomUUID();
            q.after().ifPresent(previous -> questions.ask(conversation, previous).block());
            Answer answer = questions.ask(conversation, q.q()).block().answer();
            Query query = queries.of(q.q());
            // Recall of the search a user gets (/api/search): the question normalized as
            // the service searches it, everyday words with the corpus's words for them.
            List<SearchHit> hits = q.after().isPresent() ? List.of() : questions.search(q.q(), K);
            int rank = 0;
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                if (q.isGold(hits.get(i).text())) {
                    rank = i + 1;
                }
            }
            out.add(new Result(q, rank, answer,
                    search.evidence(query, hits.stream().limit(search.answerPassages()).toList())));
        }
        return out;
    }

    /**
     * How the English fusion's weight for the two cross-lingual retrievers (cross-zh,
     * cross-zh-dense) moves recall with the translations hidden, on the dev split only:
     * where the configured weight was chosen.
     */
    public void fusionWeights(List<EvalQuestion> set, Retrievers retrievers, PrintStream out) {
        List<EvalQuestion> dev = set.stream()
            .filter(q -> q.lang() == Language.EN && !q.test() && q.answerable() && q.after().isEmpty())
            .toList();
        out.printf(
                "%nEnglish fusion with the translations hidden, dev split (%d questions): weight of the cross-lingual"
                        + " retrievers%n",
                dev.size());
        RankFusion fusion = new RankFusion(60);
        List<RetrieverName> names = List.of(RetrieverName.DENSE_EN_SENTENCE, RetrieverName.KEYWORD_EN,
                RetrieverName.CROSS_ZH, RetrieverName.CROSS_ZH_DENSE);
        Map<EvalQuestion, List<List<String>>> rankings = new LinkedHashMap<>();
        for (EvalQuestion q : dev) {
            Query query = queries.of(q.q());
            rankings.put(q, names.stream().map(n -> retrievers.named(n).rank(query, 30)).toList());
        }
        for (double w : List.of(0.0, 1.0, 2.0, 3.0)) {
            int r1 = 0;
            int r5 = 0;
            for (EvalQuestion q : dev) {
                List<String> ids = List.copyOf(fusion.fuse(rankings.get(q), List.of(1.0, 1.0, w, w)).keySet());
                List<SearchHit> top = search.read(ids.subList(0, Math.min(5, ids.size())), queries.of(q.q()));
                for (int i = 0; i < top.size(); i++) {
                    if (q.isGold(top.get(i).text())) {
                        r1 += i == 0 ? 1 : 0;
                        r5++;
                        break;
                    }
                }
            }
            out.printf("  weight %.0f: R@1 %.2f  R@5 %.2f%n", w, r1 / (double) dev.size(), r5 / (double) dev.size());
        }
    }

    /** The two runs side by side, for each split, per kind of question. */
    public static void print(List<Result> translated, List<Result> hidden, PrintStream out) {
        for (String split : List.of("test", "dev")) {
            out.printf("%nEnglish questions, %s split: with the translations | with every translation hidden%n", split);
            out.printf("  %-22s %4s  %-30s | %-30s%n", "kind", "n", "R@1   R@5   fact  refused",
                    "R@1   R@5   fact  refused");
            Map<String, List<Integer>> byKind = new LinkedHashMap<>();
            for (int i = 0; i < translated.size(); i++) {
                if (translated.get(i).question().split().equals(split)) {
                    byKind.computeIfAbsent(translated.get(i).question().kind(), k -> new ArrayList<>()).add(i);
                }
            }
            List<Integer> answerable = new ArrayList<>();
            byKind.values()
                .forEach(l -> l.stream()
                    .filter(i -> translated.get(i).question().answerable())
                    .forEach(answerable::add));
            byKind.forEach((kind, rows) -> row(out, kind, rows, translated, hidden));
            row(out, "all answerable", answerable, translated, hidden);
        }
    }

    private static void row(PrintStream out, String label, List<Integer> rows, List<Result> a, List<Result> b) {
        out.printf("  %-22s %4d  %-30s | %-30s%n", label, rows.size(), cells(rows, a), cells(rows, b));
    }

    private static String cells(List<Integer> rows, List<Result> results) {
        List<Result> list = rows.stream().map(results::get).toList();
        List<Result> retrievable = list.stream()
            .filter(r -> r.question().answerable() && r.question().after().isEmpty())
            .toList();
        List<Result> answerable = list.stream().filter(r -> r.question().answerable()).toList();
        String r1 = retrievable.isEmpty() ? "  -  " : String.format("%.2f",
                retrievable.stream().filter(r -> r.goldRank() == 1).count() / (double) retrievable.size());
        String r5 = retrievable.isEmpty() ? "  -  " : String.format("%.2f",
                retrievable.stream().filter(r -> r.goldRank() >= 1).count() / (double) retrievable.size());
        String fact = String.format("%.2f", list.stream().filter(Result::right).count() / (double) list.size());
        String refused = answerable.isEmpty() ? "  -  " : String.format("%.2f",
                answerable.stream().filter(Result::refused).count() / (double) answerable.size());
        return String.format("%-5s %-5s %-5s %-5s", r1, r5, fact, refused);
    }

    /**
     * How much lower an English question's best similarity is against glosses than
     * against translations, on the dev split's answerable questions: the calibration of
     * {@code abstention.gloss-similarity-offset}.
     */
    public static void glossGap(List<Result> translated, List<Result> hidden, PrintStream out) {
        double sum = 0;
        double coverage = 0;
        int n = 0;
        for (int i = 0; i < translated.size(); i++) {
            EvalQuestion q = translated.get(i).question();
            if (!q.test() && q.answerable() && q.after().isEmpty() && hidden.get(i).evidence().glossed()) {
                sum += translated.get(i).evidence().similarity() - hidden.get(i).evidence().similarity();
                coverage += translated.get(i).evidence().coverage() - hidden.get(i).evidence().coverage();
                n++;
            }
        }
        out.printf("%nSimilarity against glosses is lower than against translations by %.3f on average (dev split, "
                + "%d answerable questions): abstention.gloss-similarity-offset%n", n == 0 ? 0 : sum / n, n);
        out.printf("Coverage of glossed passages is lower than of translated ones by %.3f on average (same "
                + "questions); not offset, see application.yaml%n", n == 0 ? 0 : coverage / n);
    }

    /** Answers of the hidden run, for the closing note and for reading. */
    public static void examples(List<Result> hidden, int n, PrintStream out) {
        out.printf("%nEnglish answers from untranslated passages (test split, first %d answered):%n", n);
        hidden.stream()
            .filter(r -> r.question().test() && r.question().answerable() && r.answer().grounded())
            .limit(n)
            .forEach(r -> out.printf("  Q: %s%n  A: %s%n", r.question().q(), r.answer().text().replace('\n', ' ')));
        // Only dev questions are listed: the test split is for counting, not for reading.
        out.printf("%nDev questions answered wrongly with the translations hidden:%n");
        hidden.stream()
            .filter(r -> !r.question().test() && !r.right())
            .forEach(r -> out.printf("  [%s] %s (gold rank %d, similarity %.2f, coverage %.2f)%n      %s%n      → %s%n",
                    r.question().kind(), r.question().q(), r.goldRank(), r.evidence().similarity(),
                    r.evidence().coverage(), r.answer().analysis(), r.answer().text().replace('\n', ' ')));
        out.printf("%nDev questions whose gold passage is not in the first 5 with the translations hidden:%n");
        hidden.stream()
            .filter(r -> !r.question().test() && r.question().answerable() && r.question().after().isEmpty()
                    && !r.question().gold().isEmpty() && (r.goldRank() == 0 || r.goldRank() > 5))
            .forEach(
                    r -> out.printf("  [%s] %s (gold rank %d)%n", r.question().kind(), r.question().q(), r.goldRank()));
    }

}
