package city.science.qa.answer;

import java.util.List;
import java.util.Optional;

/**
 * What the answer scorer reads of one candidate sentence: signals that hold for any
 * article, each in [0, 1] (or a small difference of two). The evidence fit's verdict and
 * its reason are among them, so the rules inform the decision without deciding it.
 *
 * @param overlap share of the question's words in the sentence (and its English or gloss)
 * @param overlapLead the sentence's overlap less the best of the question's candidates (0
 * for the best, negative below it): which sentence of several answers best
 * @param crossOverlap share of an English question's words whose dictionary Chinese it
 * holds (untranslated sentences)
 * @param passageScore the passage's fused retrieval score
 * @param passageSimilarity the passage's embedding similarity to the question
 * @param rank the passage's rank, 0 first
 * @param position the sentence's place in its passage, 0 first, 1 last
 * @param figureAsked the question asks how many or how much
 * @param figureStated the sentence states a quantity (not a date)
 * @param attributeShare share of what the question asks about that the sentence names
 * @param definition the question asks what something is, and the sentence defines
 * @param name the question asks a name, and the sentence quotes a title
 * @param unaskedGoal the sentence states a goal the question did not ask about
 * @param slotFilled a Chinese sentence holds the question's words before its question
 * word, then a figure ({@link SlotFill})
 * @param mismatch why evidence fit says the sentence does not answer, if it does not
 * @param glossed an English question reads the sentence through its gloss (no
 * translation)
 * @param english the question is in English
 */
public record SentenceFeatures(double overlap, double overlapLead, double crossOverlap, double passageScore,
        double passageSimilarity, int rank, double position, boolean figureAsked, boolean figureStated,
        double attributeShare, boolean definition, boolean name, boolean unaskedGoal, boolean slotFilled,
        Optional<EvidenceFit.Mismatch> mismatch, boolean glossed, boolean english) {

    /** The names of {@link #values()}, in order: what a trained model must match. */
    public static final List<String> NAMES = List.of("overlap", "overlap_lead", "cross_overlap", "passage_score",
            "passage_similarity", "rank_inverse", "position", "figure_asked_and_stated", "figure_asked_not_stated",
            "attribute_share", "definition", "name", "unasked_goal", "slot_filled", "fits", "mismatch_what_is_asked",
            "mismatch_place", "mismatch_year", "mismatch_part_of_year", "mismatch_event", "mismatch_subject", "glossed",
            "english", "fits_x_overlap", "fits_x_overlap_lead", "fits_x_attribute_share", "fits_x_rank_inverse",
            "fits_x_figure_asked_and_stated", "english_x_fits", "glossed_x_cross_overlap", "glossed_x_fits",
            "glossed_x_figure_asked_and_stated", "slot_filled_x_mismatch_what_is_asked", "rule_score");

    /** The same sentence, its overlap measured against the best candidate's. */
    public SentenceFeatures leading(double bestOverlap) {
        return new SentenceFeatures(overlap, overlap - bestOverlap, crossOverlap, passageScore, passageSimilarity, rank,
                position, figureAsked, figureStated, attributeShare, definition, name, unaskedGoal, slotFilled,
                mismatch, glossed, english);
    }

    public double[] values() {
        // The evidence fit's verdict beside the signals it qualifies: a linear model
        // alone would let many shared words outweigh another year's or place's figure.
        double fits = flag(mismatch.isEmpty());
        double rankInverse = 1.0 / (1 + rank);
        double figure = flag(figureAsked && figureStated);
        return new double[] { overlap, overlapLead, crossOverlap, passageScore, passageSimilarity, rankInverse,
                position, figure, flag(figureAsked && !figureStated), attributeShare, flag(definition), flag(name),
                flag(unaskedGoal), flag(slotFilled), fits, flag(is(EvidenceFit.Mismatch.WHAT_IS_ASKED)),
                flag(is(EvidenceFit.Mismatch.PLACE)), flag(is(EvidenceFit.Mismatch.YEAR)),
                flag(is(EvidenceFit.Mismatch.PART_OF_YEAR)), flag(is(EvidenceFit.Mismatch.EVENT)),
                flag(is(EvidenceFit.Mismatch.SUBJECT)), flag(glossed), flag(english), fits * overlap,
                fits * overlapLead, fits * attributeShare, fits * rankInverse, fits * figure, flag(english) * fits,
                flag(glossed) * crossOverlap, flag(glossed) * fits, flag(glossed) * figure,
                flag(slotFilled && is(EvidenceFit.Mismatch.WHAT_IS_ASKED)), ruleScore() };
    }

    /**
     * The hand-weighted score the offline answer ranked sentences by before the scorer
     * (shared words, the passage's score and rank, the asked figure, the asked things, a
     * definition or title, an unasked goal): it still orders the sentences the scorer
     * lets answer, as tuned on the seed articles, and is one of the scorer's signals.
     */
    public double ruleScore() {
        return overlap + passageScore - 0.05 * rank + (figureAsked && figureStated ? 0.3 : 0) + 0.2 * attributeShare
                + (definition ? 0.15 : 0) + (name ? 0.15 : 0) - (unaskedGoal ? 0.3 : 0);
    }

    private boolean is(EvidenceFit.Mismatch m) {
        return mismatch.filter(m::equals).isPresent();
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

}
