package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks every finished answer gets, in both modes. */
class AnswerCheckerTest {

    private final AnswerChecker checker = new AnswerChecker();

    private final Citation source = Citation.of(1, Hits.hit("p-1", "2022", "截至目前，科学城核心区累计引进项目317个，合同投资额3141.9亿元。",
            "So far, the core area has brought in 317 projects with contracted investment of 314.19 billion yuan "
                    + "(3141.9亿元).",
            1.0), "截至目前，科学城核心区累计引进项目317个，合同投资额3141.9亿元。");

    @Test
    void aFigureStatedInEitherLanguageOfTheSourceIsFound() {
        Checks checks = checker.check("Contracted investment reached 314.19 billion yuan [1], in 317 projects [1].",
                List.of(source));
        assertThat(checks.markersValid()).isTrue();
        assertThat(checks.allFiguresFound()).isTrue();
        assertThat(checks.figures()).extracting(FigureCheck::figure).contains("314.19 billion", "317");
        assertThat(checks.figures()).allSatisfy(f -> assertThat(f.citations()).containsExactly(1));
    }

    @Test
    void aFigureNoSourceStatesIsReported() {
        Checks checks = checker.check("合同投资额3200亿元[1]。", List.of(source));
        assertThat(checks.figuresNotFound()).isEqualTo(1);
        assertThat(checks.allFiguresFound()).isFalse();
    }

    @Test
    void aMarkerThatPointsToNoSourceIsReportedOnce() {
        Checks checks = checker.check("引进项目317个[1][3]，另见[3]。", List.of(source));
        assertThat(checks.unknownMarkers()).containsExactly(3);
        assertThat(checks.markersValid()).isFalse();
    }

    @Test
    void theSourcesDateCountsAsWhatItStates() {
        assertThat(checker.check("据2022年报道，引进项目317个[1]。", List.of(source)).allFiguresFound()).isTrue();
    }

    @Test
    void anAbsurdMarkerIsNotAnOverflow() {
        Checks checks = checker.check("见[99999999999999999999]。", List.of(source));
        assertThat(checks.unknownMarkers()).isEmpty();
    }

}
