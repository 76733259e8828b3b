package city.science.qa.index;

import java.util.List;
import java.util.Optional;

/**
 * A passage's embeddings: reused from the index for an unchanged passage, or computed now
 * for a new or changed one. Only fresh vectors carry sentence vectors; a stored passage
 * keeps the ones it has.
 */
public sealed interface PassageVectors {

    float[] chinese();

    /** The English passage vector, when the passage has a translation. */
    Optional<float[]> english();

    /** Vectors of a passage already in the index (its sentence vectors stay stored). */
    record Stored(float[] chinese, Optional<float[]> english) implements PassageVectors {
    }

    /**
     * Vectors computed for a new or changed passage.
     *
     * @param sentences one per Chinese sentence
     * @param englishSentences one per Chinese sentence, from the aligned translation;
     * empty without one
     */
    record Fresh(float[] chinese, Optional<float[]> english, List<float[]> sentences,
            List<float[]> englishSentences) implements PassageVectors {
    }

}
