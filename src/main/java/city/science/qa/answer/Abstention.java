package city.science.qa.answer;

import city.science.qa.search.Evidence;
import city.science.qa.search.Language;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the corpus is taken to hold no answer. Coverage (how much of what the question
 * asks about the best passages contain, idf-weighted) separates best: a question about
 * something the articles never mention (所得税, "mayor") leaves its key words uncovered.
 * Similarity (of the best passage, in the question's language) decides the middle ground.
 * Calibrated by {@code make eval}.
 *
 * @param minSimilarityZh below this, refuse a Chinese question
 * @param minSimilarityEn below this, refuse an English question (English embeddings score
 * higher)
 * @param minCoverage below this coverage, refuse
 * @param confidentCoverage from this coverage on, similarity above the minimum is enough
 * @param strongSimilarityZh between the two coverages, answer a Chinese question only
 * from this similarity on
 * @param strongSimilarityEn the same for an English question
 * @param glossSimilarityOffset added to an English question's similarity when it was
 * measured against a passage's word-for-word gloss (no translation yet): glosses score
 * lower than translations on the same question and passage, by about this much on the dev
 * split ({@code make eval} prints the gap)
 */
public record Abstention(@DefaultValue("0.45") double minSimilarityZh, @DefaultValue("0.55") double minSimilarityEn,
        @DefaultValue("0.30") double minCoverage, @DefaultValue("0.50") double confidentCoverage,
        @DefaultValue("0.60") double strongSimilarityZh, @DefaultValue("0.70") double strongSimilarityEn,
        @DefaultValue("0.0") double glossSimilarityOffset) {

    public boolean refuses(Language language, Evidence evidence) {
        boolean english = language == Language.EN;
        double similarity = evidence.similarity() + (english && evidence.glossed() ? glossSimilarityOffset : 0);
        boolean refused = refuses(similarity, evidence.coverage(), english);
        // An English question quoting Chinese is answered when either model finds it
        // answered.
        return refused && (!english || evidence.inChinese().isEmpty()
                || refuses(evidence.inChinese().getAsDouble(), evidence.coverage(), false));
    }

    private boolean refuses(double similarity, double coverage, boolean english) {
        if (similarity < (english ? minSimilarityEn : minSimilarityZh) || coverage < minCoverage) {
            return true;
        }
        return coverage < confidentCoverage && similarity < (english ? strongSimilarityEn : strongSimilarityZh);
    }
}
