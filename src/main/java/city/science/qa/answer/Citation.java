package city.science.qa.answer;

import city.science.qa.corpus.Sentences;
import city.science.qa.search.SearchHit;

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
 */
public record Citation(int marker, String passageId, String articleId, String title, String published, String text,
        String translation, String quote, double score, String titleEn, String source, String quoteTranslation) {

    public Citation withQuote(String newQuote) {
        return new Citation(marker, passageId, articleId, title, published, text, translation, newQuote, score, titleEn,
                source, aligned(text, translation, newQuote));
    }

    public static Citation of(int marker, SearchHit h, String quote) {
        return new Citation(marker, h.passageId(), h.articleId(), h.title(), h.published(), h.text(), h.translation(),
                quote, h.score(), h.titleEn(), h.source(), aligned(h.text(), h.translation(), quote));
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
