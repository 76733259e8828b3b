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

    record Row(List<Double> weights, double r1, double r5) {
    }

    static void search(List<EvalQuestion> questions, QuestionNormalizer normalizer, QueryFactory queries,
            Retrievers retrievers, PassageSearch search, PrintStream out) {
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
        RankFusion fusion = new RankFusion(60);
        List<Row> rows = new ArrayList<>();
        for (List<Double> weights : combinations(ENGLISH.size())) {
            if (weights.stream().allMatch(w -> w == 0)) {
                continue;
            }
            int r1 = 0;
            int r5 = 0;
            for (int i = 0; i < dev.size(); i++) {
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
            rows.add(new Row(weights, r1 / (double) dev.size(), r5 / (double) dev.size()));
        }
        rows.sort(Comparator.comparingDouble(Row::r5).thenComparingDouble(Row::r1).reversed());
        out.printf("%nEnglish fusion weights on %d dev questions (%s), best recall@5 first:%n", dev.size(), ENGLISH);
        rows.stream().limit(12).forEach(r -> out.printf("  %s  R@1 %.3f  R@5 %.3f%n", r.weights(), r.r1(), r.r5()));
        rows.stream()
            .filter(r -> r.weights().equals(List.of(1.0, 1.0, 1.0, 1.0, 0.0)))
            .forEach(r -> out.printf("  configured %s  R@1 %.3f  R@5 %.3f%n", r.weights(), r.r1(), r.r5()));
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
