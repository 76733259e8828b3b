package city.science.qa.eval;

import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.RankFusion;
import city.science.qa.search.RetrieverName;
import city.science.qa.search.Retrievers;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The English fusion's weights, searched on dev questions over one corpus: recall@1 and
 * recall@5 of the questions' gold passage for each combination, the best first. Where the
 * configured weights are chosen (on dev only).
 */
final class FusionWeights {

    private static final List<RetrieverName> ENGLISH = List.of(RetrieverName.DENSE_EN_SENTENCE,
            RetrieverName.KEYWORD_EN, RetrieverName.CROSS_ZH, RetrieverName.CROSS_ZH_DENSE, RetrieverName.DENSE_EN);

    private static final List<Double> STEPS = List.of(0.0, 0.5, 1.0, 1.5);

    private FusionWeights() {
    }

    private static final List<Double> CONFIGURED = List.of(1.0, 1.0, 1.0, 1.0, 0.0);

    /**
     * One corpus's dev questions, each retriever's ranking of each, and its gold
     * passages: ranked once, fused under every combination of weights.
     */
    record Ranked(String corpus, List<List<List<String>>> rankings, List<java.util.Set<String>> gold) {

        /** Recall@1 and recall@5 of the gold passage, fused under these weights. */
        double[] recall(RankFusion fusion, List<Double> weights) {
            int r1 = 0;
            int r5 = 0;
            for (int i = 0; i < rankings.size(); i++) {
                List<String> ids = List.copyOf(fusion.fuse(rankings.get(i), weights).keySet());
                List<String> top = ids.subList(0, Math.min(5, ids.size()));
                for (int r = 0; r < top.size(); r++) {
                    if (gold.get(i).contains(top.get(r))) {
                        r1 += r == 0 ? 1 : 0;
                        r5++;
                        break;
                    }
                }
            }
            return new double[] { r1 / (double) Math.max(1, rankings.size()),
                    r5 / (double) Math.max(1, rankings.size()) };
        }

    }

    record Row(List<Double> weights, double[] first, double[] second) {
    }

    /**
     * The English dev questions' rankings by each retriever in the open context's corpus.
     */
    static Ranked rank(String corpus, List<EvalQuestion> questions, QuestionNormalizer normalizer, QueryFactory queries,
            Retrievers retrievers, PassageSearch search) {
        List<EvalQuestion> dev = questions.stream()
            .filter(q -> !q.test() && q.answerable() && q.after().isEmpty()
                    && q.lang() == city.science.qa.search.Language.EN)
            .toList();
        List<List<List<String>>> rankings = new ArrayList<>();
        List<java.util.Set<String>> gold = new ArrayList<>();
        for (EvalQuestion q : dev) {
            NormalizedQuestion normalized = normalizer.normalize(q.q());
            Query query = queries.of(normalized.text(), normalized.alternatives());
            List<List<String>> lists = ENGLISH.stream().map(n -> retrievers.named(n).rank(query, 30)).toList();
            rankings.add(lists);
            List<String> union = lists.stream().flatMap(List::stream).distinct().toList();
            gold.add(search.read(union, query)
                .stream()
                .filter(h -> q.isGold(h.text()))
                .map(SearchHit::passageId)
                .collect(java.util.stream.Collectors.toSet()));
        }
        return new Ranked(corpus + " (" + dev.size() + " dev questions)", rankings, gold);
    }

    static void search(List<EvalQuestion> questions, QuestionNormalizer normalizer, QueryFactory queries,
            Retrievers retrievers, PassageSearch search, PrintStream out) {
        Ranked one = rank("this corpus", questions, normalizer, queries, retrievers, search);
        search(one, one, out);
    }

    /**
     * Every combination of weights over two corpora (the served one alone and a grown
     * one), best recall@5 on the second first, among those that keep the first's recall@5
     * within half a point of the configured weights': adding articles must not cost the
     * questions that were answered before.
     */
    static void search(Ranked first, Ranked second, PrintStream out) {
        RankFusion fusion = new RankFusion(60);
        List<Row> rows = new ArrayList<>();
        for (List<Double> weights : combinations(ENGLISH.size())) {
            if (weights.stream().allMatch(w -> w == 0)) {
                continue;
            }
            rows.add(new Row(weights, first.recall(fusion, weights), second.recall(fusion, weights)));
        }
        double floor = first.recall(fusion, CONFIGURED)[1] - 0.005;
        rows.sort(Comparator.comparingDouble((Row r) -> r.second()[1])
            .thenComparingDouble(r -> r.second()[0])
            .reversed());
        out.printf("%nEnglish fusion weights (%s): %s | %s, best recall@5 on the second first, the first's within "
                + "0.005 of the configured:%n", ENGLISH, first.corpus(), second.corpus());
        rows.stream()
            .filter(r -> r.first()[1] >= floor)
            .limit(12)
            .forEach(r -> out.printf("  %s  R@1 %.3f  R@5 %.3f | R@1 %.3f  R@5 %.3f%n", r.weights(), r.first()[0],
                    r.first()[1], r.second()[0], r.second()[1]));
        rows.stream()
            .filter(r -> r.weights().equals(CONFIGURED))
            .forEach(r -> out.printf("  configured %s  R@1 %.3f  R@5 %.3f | R@1 %.3f  R@5 %.3f%n", r.weights(),
                    r.first()[0], r.first()[1], r.second()[0], r.second()[1]));
    }

    private static List<List<Double>> combinations(int n) {
        List<List<Double>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            List<List<Double>> next = new ArrayList<>();
            for (List<Double> prefix : out) {
                for (double step : STEPS) {
                    List<Double> longer = new ArrayList<>(prefix);
                    longer.add(step);
                    next.add(longer);
                }
            }
            out = next;
        }
        return out;
    }

}
