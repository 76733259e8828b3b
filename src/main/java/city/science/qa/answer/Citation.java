package city.science.qa.answer;

import city.science.qa.corpus.Sentences;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import city.science.qa.search.SearchHit;
import city.science.qa.translation.TranslationSource;

/**
 * A numbered source of an answer.
 *
 * @param marker the n of [n] in the answer text
 * @param text the passage in the original Chinese
 * @param translation its English translation, or null
 * @param quote the passage's sentence that best supports the answer, for highlighting
 * @param titleEn the article's English title, or null
 * @param source where the article was published
 * @param quoteTranslation the English sentence aligned with the quote, or null
 * @param relation whether the passage answers the question or is only the closest related
 * one
 * @param translated whether the passage has any English ({@code translation} is not null)
 * @param translationSource where that English comes from: people, a reviewed or an
 * unreviewed machine translation, or none
 */
public record Citation(int marker, String passageId, String articleId, String title, String published, String text,
        String translation, String quote, double score, String titleEn, String source, String quoteTranslation,
        Relation relation, boolean translated, TranslationSource translationSource) {

    /** What a cited passage is to the question. */
    public enum Relation {

        /** It states the answer. */
        ANSWER,

        /** It is the closest the articles come; it does not state what was asked. */
        RELATED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    public Citation withQuote(String newQuote) {
        return new Citation(marker, passageId, articleId, title, published, text, translation, newQuote, score, titleEn,
                source, aligned(text, translation, newQuote), relation, translated, translationSource);
    }

    /** The same citation under another number (answers joined into one). */
    public Citation withMarker(int newMarker) {
        return new Citation(newMarker, passageId, articleId, title, published, text, translation, quote, score, titleEn,
                source, quoteTranslation, relation, translated, translationSource);
    }

    public static Citation of(int marker, SearchHit h, String quote) {
        return new Citation(marker, h.passageId(), h.articleId(), h.title(), h.published(), h.text(), h.translation(),
                quote, h.score(), h.titleEn(), h.source(), aligned(h.text(), h.translation(), quote), Relation.ANSWER,
                h.translation() != null, h.translation() == null ? TranslationSource.NONE : h.translationSource());
    }

    /**
     * The same passage cited as related only: the closest the articles come, not the
     * answer.
     */
    public Citation asRelated() {
        return new Citation(marker, passageId, articleId, title, published, text, translation, quote, score, titleEn,
                source, quoteTranslation, Relation.RELATED, translated, translationSource);
    }

    // The translation is aligned sentence for sentence, so the quote's English is the
    // sentence at its index.
    private static String aligned(String text, String translation, String quote) {
        if (translation == null || quote == null) {
            return null;
        }
        return Sentences.aligned(text, translation).englishOf(quote).orElse(null);
    }
}
