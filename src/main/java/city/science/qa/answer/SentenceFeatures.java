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
        Optional<EvidenceFit.Mismatch> mismatch, boolean glossed, boolean english, Slot slot) {

    /**
     * Where the answer would stand in the sentence: signals read around its figures and
     * dates, not over the whole sentence.
     *
     * @param measured the question's measure word (多少亩, 几座) follows a figure of the
     * sentence
     * @param dateAskedAndStated the question asks when, and the sentence gives a month or
     * a day
     * @param namesYear the sentence names a year itself (its year is not inferred from
     * its report's)
     * @param localOverlap the largest share of the question's words found within a few
     * characters of one figure of the sentence
     */
    public record Slot(boolean measured, boolean dateAskedAndStated, boolean namesYear, double localOverlap) {

        public static final Slot NONE = new Slot(false, false, false, 0);

    }

    /** The names of {@link #values()}, in order: what a trained model must match. */
    public static final List<String> NAMES = List.of("overlap", "overlap_lead", "cross_overlap", "passage_score",
            "passage_similarity", "rank_inverse", "position", "figure_asked_and_stated", "figure_asked_not_stated",
            "attribute_share", "definition", "name", "unasked_goal", "slot_filled", "fits", "mismatch_what_is_asked",
            "mismatch_place", "mismatch_year", "mismatch_part_of_year", "mismatch_event", "mismatch_subject", "glossed",
            "english", "fits_x_overlap", "fits_x_overlap_lead", "fits_x_attribute_share", "fits_x_rank_inverse",
            "fits_x_figure_asked_and_stated", "english_x_fits", "glossed_x_cross_overlap", "glossed_x_fits",
            "glossed_x_figure_asked_and_stated", "slot_filled_x_mismatch_what_is_asked", "rule_score", "measured",
            "date_asked_and_stated", "local_overlap", "mismatch_what_is_asked_x_measured",
            "mismatch_what_is_asked_x_date", "mismatch_year_x_year_not_named", "fits_x_local_overlap",
            "glossed_x_local_overlap", "what_is_asked_x_overlap", "what_is_asked_x_overlap_lead",
            "what_is_asked_x_local_overlap", "what_is_asked_x_attribute_share", "what_is_asked_x_rank_inverse",
            "subject_x_overlap", "subject_x_overlap_lead", "subject_x_local_overlap", "subject_x_attribute_share",
            "subject_x_rank_inverse", "event_x_overlap", "event_x_overlap_lead", "event_x_local_overlap",
            "event_x_attribute_share", "event_x_rank_inverse");

    /** The same sentence, its overlap measured against the best candidate's. */
    public SentenceFeatures leading(double bestOverlap) {
        return new SentenceFeatures(overlap, overlap - bestOverlap, crossOverlap, passageScore, passageSimilarity, rank,
                position, figureAsked, figureStated, attributeShare, definition, name, unaskedGoal, slotFilled,
                mismatch, glossed, english, slot);
    }

    public double[] values() {
        // The evidence fit's verdict beside the signals it qualifies: a linear model
        // alone would let many shared words outweigh another year's or place's figure.
        double fits = flag(mismatch.isEmpty());
        double rankInverse = 1.0 / (1 + rank);
        double figure = flag(figureAsked && figureStated);
        // The verdicts a phrasing can mislead (what is asked, the subject, the event)
        // beside the signals that tell a misread sentence from a neighbouring fact;
        // another
        // year's or place's figure is a plain fact of the text.
        double whatIsAsked = flag(is(EvidenceFit.Mismatch.WHAT_IS_ASKED));
        double subject = flag(is(EvidenceFit.Mismatch.SUBJECT));
        double event = flag(is(EvidenceFit.Mismatch.EVENT));
        return new double[] { overlap, overlapLead, crossOverlap, passageScore, passageSimilarity, rankInverse,
                position, figure, flag(figureAsked && !figureStated), attributeShare, flag(definition), flag(name),
                flag(unaskedGoal), flag(slotFilled), fits, flag(is(EvidenceFit.Mismatch.WHAT_IS_ASKED)),
                flag(is(EvidenceFit.Mismatch.PLACE)), flag(is(EvidenceFit.Mismatch.YEAR)),
                flag(is(EvidenceFit.Mismatch.PART_OF_YEAR)), flag(is(EvidenceFit.Mismatch.EVENT)),
                flag(is(EvidenceFit.Mismatch.SUBJECT)), flag(glossed), flag(english), fits * overlap,
                fits * overlapLead, fits * attributeShare, fits * rankInverse, fits * figure, flag(english) * fits,
                flag(glossed) * crossOverlap, flag(glossed) * fits, flag(glossed) * figure,
                flag(slotFilled && is(EvidenceFit.Mismatch.WHAT_IS_ASKED)), ruleScore(), flag(slot.measured()),
                flag(slot.dateAskedAndStated()), slot.localOverlap(),
                flag(slot.measured() && is(EvidenceFit.Mismatch.WHAT_IS_ASKED)),
                flag(slot.dateAskedAndStated() && is(EvidenceFit.Mismatch.WHAT_IS_ASKED)),
                flag(!slot.namesYear() && is(EvidenceFit.Mismatch.YEAR)), fits * slot.localOverlap(),
                flag(glossed) * slot.localOverlap(), whatIsAsked * overlap, whatIsAsked * overlapLead,
                whatIsAsked * slot.localOverlap(), whatIsAsked * attributeShare, whatIsAsked * rankInverse,
                subject * overlap, subject * overlapLead, subject * slot.localOverlap(), subject * attributeShare,
                subject * rankInverse, event * overlap, event * overlapLead, event * slot.localOverlap(),
                event * attributeShare, event * rankInverse };
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
