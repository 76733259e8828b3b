package city.science.qa.search;

/**
 * How well the retrieved passages cover a question, for deciding whether the corpus
 * answers it.
 *
 * @param similarity the best passage's cosine similarity to the question
 * @param coverage the idf-weighted share of the question's words found in the best
 * passages
 * @param glossed whether that best passage has no translation yet, so that an English
 * question's similarity was measured against its word-for-word gloss
 */
public record Evidence(double similarity, double coverage, boolean glossed) {

    public Evidence(double similarity, double coverage) {
        this(similarity, coverage, false);
    }

}
