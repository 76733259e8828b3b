package city.science.qa.index;

/**
 * A passage's embeddings: found in the index (then {@code sentences} is null: they stay stored) or
 * computed for a new passage.
 */
public record StoredVectors(float[] chinese, float[] english, java.util.List<float[]> sentences,
    java.util.List<float[]> englishSentences) {
}
