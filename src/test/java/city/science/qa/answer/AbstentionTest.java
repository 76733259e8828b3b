package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.search.Evidence;
import city.science.qa.search.Language;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** When the corpus is taken to hold no answer. */
class AbstentionTest {

    private final Abstention rule = new Abstention(0.45, 0.55, 0.30, 0.50, 0.60, 0.70, 0.05);

    @Test
    void lowCoverageRefusesWhateverTheSimilarity() {
        assertThat(rule.refuses(Language.ZH, new Evidence(0.95, 0.29))).isTrue();
        assertThat(rule.refuses(Language.EN, new Evidence(0.95, 0.29))).isTrue();
    }

    @Test
    void lowSimilarityRefusesWhateverTheCoverage() {
        assertThat(rule.refuses(Language.ZH, new Evidence(0.44, 1.0))).isTrue();
        assertThat(rule.refuses(Language.EN, new Evidence(0.54, 1.0))).isTrue();
        assertThat(rule.refuses(Language.ZH, new Evidence(0.54, 1.0))).as("Chinese has its own minimum").isFalse();
    }

    @Test
    void betweenTheCoveragesOnlyAStrongSimilarityAnswers() {
        assertThat(rule.refuses(Language.ZH, new Evidence(0.59, 0.40))).isTrue();
        assertThat(rule.refuses(Language.ZH, new Evidence(0.61, 0.40))).isFalse();
        assertThat(rule.refuses(Language.EN, new Evidence(0.69, 0.40))).isTrue();
        assertThat(rule.refuses(Language.EN, new Evidence(0.71, 0.40))).isFalse();
    }

    @Test
    void anEnglishQuestionQuotingChineseIsAlsoMeasuredInChinese() {
        // "In which 研究院 did the 园林科技创新中心 get its plaque?": 0.52 in English, where the
        // quoted names are unknown characters; the Chinese model reads them.
        Evidence quoting = new Evidence(0.52, 0.81, false, OptionalDouble.of(0.62));
        assertThat(rule.refuses(Language.EN, new Evidence(0.52, 0.81))).isTrue();
        assertThat(rule.refuses(Language.EN, quoting)).isFalse();
        assertThat(rule.refuses(Language.EN, new Evidence(0.52, 0.81, false, OptionalDouble.of(0.44))))
            .as("below the Chinese minimum too")
            .isTrue();
        assertThat(rule.refuses(Language.EN, new Evidence(0.52, 0.29, false, OptionalDouble.of(0.90))))
            .as("coverage still decides")
            .isTrue();
    }

    @Test
    void confidentCoverageNeedsOnlyTheMinimumSimilarity() {
        assertThat(rule.refuses(Language.ZH, new Evidence(0.46, 0.50))).isFalse();
        assertThat(rule.refuses(Language.EN, new Evidence(0.56, 0.90))).isFalse();
    }

    @Test
    void aGlossedPassagesSimilarityCountsItsOffsetForEnglishOnly() {
        // 0.66 against a gloss is 0.71 against a translation: strong enough at coverage
        // 0.40.
        assertThat(rule.refuses(Language.EN, new Evidence(0.66, 0.40, true))).isFalse();
        assertThat(rule.refuses(Language.EN, new Evidence(0.66, 0.40, false))).isTrue();
        assertThat(rule.refuses(Language.ZH, new Evidence(0.56, 0.40, true))).isTrue();
    }

}
