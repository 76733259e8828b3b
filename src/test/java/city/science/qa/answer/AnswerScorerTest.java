package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.science.qa.search.Language;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The committed answer scorer: it loads, it reads the features the code computes, and
 * what it learned agrees with what makes a sentence an answer.
 */
class AnswerScorerTest {

    private final AnswerScorer scorer = new AnswerScorer();

    /** A sentence that names what was asked, from the first passage, with the figure. */
    private static SentenceFeatures answering(Language language, Optional<EvidenceFit.Mismatch> mismatch) {
        return new SentenceFeatures(0.8, 0, 0, 0.9, 0.8, 0, 0, true, true, 1.0, false, false, false, false, mismatch,
                false, language == Language.EN, SentenceFeatures.Slot.NONE);
    }

    @Test
    void theCommittedModelsWereTrainedOnDevDataWithTheFeaturesTheCodeComputes() {
        for (Language language : Language.values()) {
            AnswerScorer.Model model = scorer.models().of(language);
            assertThat(model.features()).isEqualTo(SentenceFeatures.NAMES);
            assertThat(model.trainedOn().data()).startsWith("dev split only");
            assertThat(model.trainedOn().answering()).isPositive();
            assertThat(model.relatedAt()).isLessThanOrEqualTo(model.keepAt());
            assertThat(model.keepAt()).isLessThanOrEqualTo(model.answerAt());
            assertThat(model.answerAt()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aSentenceThatFitsAndStatesTheAskedFigureAnswers() {
        for (Language language : Language.values()) {
            SentenceFeatures f = answering(language, Optional.empty());
            assertThat(scorer.answers(f, scorer.probability(f))).as(language.code()).isTrue();
        }
    }

    @Test
    void theSameSentenceAboutAnotherYearOrPartOfTheYearDoesNot() {
        for (Language language : Language.values()) {
            for (EvidenceFit.Mismatch why : List.of(EvidenceFit.Mismatch.YEAR, EvidenceFit.Mismatch.PART_OF_YEAR)) {
                SentenceFeatures f = answering(language, Optional.of(why));
                assertThat(scorer.answers(f, scorer.probability(f))).as(language.code() + " " + why.name()).isFalse();
            }
        }
    }

    @Test
    void ofTwoSentencesTheOneSharingMoreOfTheQuestionScoresHigher() {
        for (Language language : Language.values()) {
            SentenceFeatures best = answering(language, Optional.empty());
            assertThat(scorer.probability(best.leading(0.8))).isGreaterThan(scorer.probability(best.leading(1.0)));
        }
    }

    @Test
    void aModelTrainedOnOtherFeaturesFailsAtStartUpNotInAnAnswer() {
        AnswerScorer.Model other = new AnswerScorer.Model(List.of("overlap"), List.of(1.0), 0, 0.5, 0.5, 0.1,
                scorer.models().chinese().trainedOn());
        assertThatThrownBy(() -> new AnswerScorer(other)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("make train");
    }

    @Test
    void aRelatedThresholdAboveTheAnswerThresholdIsRejected() {
        assertThatThrownBy(() -> new AnswerScorer.Model(SentenceFeatures.NAMES,
                Collections.nCopies(SentenceFeatures.NAMES.size(), 0.0), 0, 0.3, 0.3, 0.6,
                scorer.models().chinese().trainedOn()))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
