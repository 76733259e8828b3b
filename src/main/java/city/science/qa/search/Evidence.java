package city.science.qa.search;

import java.util.OptionalDouble;

/**
 * How well the retrieved passages cover a question, for deciding whether the corpus
 * answers it.
 *
 * @param similarity the best passage's cosine similarity to the question
 * @param coverage the idf-weighted share of the question's words found in the best
 * passages
 * @param glossed whether that best passage has no translation yet, so that an English
 * question's similarity was measured against its word-for-word gloss
 * @param inChinese for an English question quoting Chinese ("In which 研究院 did the
 * 园林科技创新中心 get its plaque?"), the best passage's similarity to it in Chinese: the English
 * model reads the quoted names as unknown characters, the Chinese one as the articles
 * write them
 */
public record Evidence(double similarity, double coverage, boolean glossed, OptionalDouble inChinese) {

    public Evidence(double similarity, double coverage) {
        this(similarity, coverage, false, OptionalDouble.empty());
    }

    public Evidence(double similarity, double coverage, boolean glossed) {
        this(similarity, coverage, glossed, OptionalDouble.empty());
    }

}
