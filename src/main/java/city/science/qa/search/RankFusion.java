package city.science.qa.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al., 2009): each ranking gives a passage 1/(k + rank). It needs
 * no score calibration between retrievers whose scores mean different things (cosine, ts_rank).
 */
public final class RankFusion {

  private final int k;

  public RankFusion(int k) {
    this.k = k;
  }

  /** Fused scores, best first, normalized so that first place in every ranking scores 1. */
  public Map<String, Double> fuse(List<List<String>> rankings) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (List<String> ranking : rankings) {
      for (int r = 0; r < ranking.size(); r++) {
        scores.merge(ranking.get(r), 1.0 / (k + r + 1), Double::sum);
      }
    }
    double best = rankings.stream().filter(x -> !x.isEmpty()).count() / (double) (k + 1);
    Map<String, Double> sorted = new LinkedHashMap<>();
    scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), best == 0 ? 0 : e.getValue() / best));
    return sorted;
  }
}
