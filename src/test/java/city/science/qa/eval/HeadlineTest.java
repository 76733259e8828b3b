package city.science.qa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    private final Headline baseline = new Headline(100, 0.80, 0.10, 0.70, 0.20, 0.75);

    @Test
    void aFigureWithinTheToleranceIsNoRegression() {
        assertThat(new Headline(100, 0.785, 0.115, 0.69, 0.21, 0.74).regressionsFrom(baseline)).isEmpty();
    }

    @Test
    void aFactThatFallsOrARefusalRateThatRisesIsNamed() {
        assertThat(new Headline(100, 0.75, 0.10, 0.70, 0.25, 0.75).regressionsFrom(baseline)).containsExactly(
                "Chinese gold fact in the answer fell from 0.800 to 0.750 (more than 0.02 below the baseline)",
                "English answerable questions refused rose from 0.200 to 0.250 (more than 0.02 above the baseline)");
    }

    @Test
    void fewerDeclinedNearMissesIsARegression() {
        assertThat(new Headline(100, 0.80, 0.10, 0.70, 0.20, 0.60).regressionsFrom(baseline)).singleElement()
            .asString()
            .startsWith("unanswerable and near-miss questions declined fell");
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        Path file = Files.createTempFile("headline", ".json");
        baseline.write(file);
        assertThat(Headline.read(file)).isEqualTo(baseline);
    }

}
