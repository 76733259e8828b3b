package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    @Test
    void aPassageBothRetrieversRankHighWins() {
        Map<String, Double> fused = new RankFusion(60).fuse(List.of(List.of("a", "b", "c"), List.of("b", "d", "a")));
        assertThat(fused.keySet()).containsExactly("b", "a", "d", "c");
        assertThat(fused.get("b")).isLessThan(1.0).isGreaterThan(fused.get("a"));
    }

    @Test
    void firstInEveryRankingScoresOne() {
        Map<String, Double> fused = new RankFusion(60).fuse(List.of(List.of("x", "y"), List.of("x"), List.of()));
        assertThat(fused.get("x")).isEqualTo(1.0);
    }

}
