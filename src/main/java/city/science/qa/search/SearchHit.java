package city.science.qa.search;

import city.science.qa.translation.TranslationSource;
import java.util.List;

/**
 * A passage found for a question, with what a reader needs to judge and cite it.
 *
 * @param text the original Chinese
 * @param preceding the Chinese of the passage before it in its article ("" for the
 * first): what 「同期」 or 「同年」 at its start refers back to
 * @param translation the English translation, or null
 * @param score the fused retrieval score, 0..1, higher is better
 * @param translationSource where {@code translation} comes from ({@code NONE} when it is
 * null)
 * @param similarity cosine similarity of the passage to the question in the question's
 * language (the Chinese embeddings for a passage not yet translated): how close in
 * meaning, independent of the other passages, which is what abstention needs
 */
public record SearchHit(String passageId, String articleId, String title, String titleEn, String published,
        String source, String section, List<String> paragraphIds, String text, String preceding, String translation,
        TranslationSource translationSource, double score, double similarity) {

    public SearchHit withScore(double newScore) {
        return new SearchHit(passageId, articleId, title, titleEn, published, source, section, paragraphIds, text,
                preceding, translation, translationSource, newScore, similarity);
    }

    /** The same passage with an English translation from elsewhere (a language model). */
    public SearchHit withTranslation(String english, TranslationSource from) {
        return new SearchHit(passageId, articleId, title, titleEn, published, source, section, paragraphIds, text,
                preceding, english, from, score, similarity);
    }
}
