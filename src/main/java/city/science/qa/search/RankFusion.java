package city.science.qa.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al., 2009): each ranking gives a passage 1/(k +
 * rank). It needs no score calibration between retrievers whose scores mean different
 * things (cosine, ts_rank).
 */
public final class RankFusion {

    private final int k;

    public RankFusion(int k) {
        this.k = k;
    }

    /**
     * Fused scores, best first, normalized so that first place in every ranking scores 1.
     */
    public Map<String, Double> fuse(List<List<String>> rankings) {
        return fuse(rankings, java.util.Collections.nCopies(rankings.size(), 1.0));
    }

    /**
     * Weighted fusion: a ranking with weight 0.3 counts for 0.3 of one with weight 1, for
     * a retriever that helps as a tie-breaker and a fallback but is noisy on its own.
     */
    public Map<String, Double> fuse(List<List<String>> rankings, List<Double> weights) {
        Map<String, Double> scores = new LinkedHashMap<>();
        double best = 0;
        for (int i = 0; i < rankings.size(); i++) {
            List<String> ranking = rankings.get(i);
            double weight = weights.get(i);
            for (int r = 0; r < ranking.size(); r++) {
                scores.merge(ranking.get(r), weight / (k + r + 1), Double::sum);
            }
            best += ranking.isEmpty() ? 0 : weight / (k + 1);
        }
        final double top = best;
        Map<String, Double> sorted = new LinkedHashMap<>();
        scores.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .forEach(e -> sorted.put(e.getKey(), top == 0 ? 0 : e.getValue() / top));
        return sorted;
    }

}
