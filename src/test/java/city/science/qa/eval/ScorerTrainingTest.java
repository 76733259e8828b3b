package city.science.qa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.answer.AnswerScorer;
import city.science.qa.answer.EvidenceFit;
import city.science.qa.answer.SentenceFeatures;
import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code make train} on questions whose answers are known: Tribuo learns that a sentence
 * that fits and names what was asked answers, the thresholds separate answerable
 * questions from near misses, and the same data gives the same file.
 */
class ScorerTrainingTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static SentenceFeatures sentence(Random random, boolean answers, Optional<EvidenceFit.Mismatch> mismatch) {
        double overlap = answers ? 0.6 + 0.4 * random.nextDouble() : 0.5 * random.nextDouble();
        return new SentenceFeatures(overlap, 0, 0, random.nextDouble(), random.nextDouble(), random.nextInt(5),
                random.nextDouble(), true, answers || random.nextBoolean(), answers ? 1 : random.nextDouble(), false,
                false, false, false, mismatch, false, random.nextBoolean(), SentenceFeatures.Slot.NONE);
    }

    /**
     * Answerable questions: one sentence answers among four that do not. Near misses: the
     * same words about another year.
     */
    private static List<ScorerTraining.Read> questions(long seed) {
        Random random = new Random(seed);
        List<ScorerTraining.Read> out = new ArrayList<>();
        for (int q = 0; q < 120; q++) {
            boolean answerable = q % 4 != 0;
            List<SentenceFeatures> sentences = new ArrayList<>();
            List<Boolean> holds = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                boolean answers = answerable && s == 0;
                Optional<EvidenceFit.Mismatch> mismatch = !answerable && s == 0 ? Optional.of(EvidenceFit.Mismatch.YEAR)
                        : Optional.empty();
                SentenceFeatures f = !answerable && s == 0 ? sentence(random, true, mismatch)
                        : sentence(random, answers, mismatch);
                sentences.add(f);
                holds.add(answers);
            }
            double best = sentences.stream().mapToDouble(SentenceFeatures::overlap).max().orElse(0);
            out.add(new ScorerTraining.Read(answerable, sentences.stream().map(f -> f.leading(best)).toList(), holds));
        }
        return out;
    }

    @Test
    void theLearnedScorerAnswersWithTheAnsweringSentenceAndDeclinesTheNearMiss() {
        AnswerScorer scorer = new AnswerScorer(ScorerTraining.train(questions(1), "synthetic", QUIET));
        int right = 0;
        List<ScorerTraining.Read> unseen = questions(2);
        for (ScorerTraining.Read r : unseen) {
            double top = r.sentences().stream().mapToDouble(scorer::probability).max().orElse(0);
            double answering = scorer.probability(r.sentences().get(0));
            boolean answered = r.sentences().stream().anyMatch(f -> scorer.answers(f, scorer.probability(f)));
            right += r.answerable() ? (answered && answering == top ? 1 : 0) : (answered ? 0 : 1);
        }
        assertThat(right).as("questions of another draw handled right").isGreaterThan(unseen.size() * 9 / 10);
    }

    @Test
    void aMismatchWeighsAgainstAnsweringAndSharedWordsForIt() {
        AnswerScorer.Model model = ScorerTraining.train(questions(1), "synthetic", QUIET);
        assertThat(weight(model, "mismatch_year")).isNegative();
        assertThat(weight(model, "fits_x_overlap") + weight(model, "overlap")).isPositive();
        assertThat(model.relatedAt()).isLessThanOrEqualTo(model.answerAt());
        assertThat(model.keepAt()).isLessThanOrEqualTo(model.answerAt());
    }

    @Test
    void theSameDevDataTrainsTheSameModel() {
        assertThat(ScorerTraining.train(questions(1), "synthetic", QUIET))
            .isEqualTo(ScorerTraining.train(questions(1), "synthetic", QUIET));
    }

    private static double weight(AnswerScorer.Model model, String feature) {
        return model.weights().get(model.features().indexOf(feature));
    }

}
