package city.science.qa.corpus;

import java.util.List;

/**
 * What is known about an article besides its body.
 *
 * @param published publication date as precisely as the text allows: {@code 2022-01},
 * {@code 2020}
 * @param publishedBasis how that date was inferred from the text, for staff to check
 * @param captions image captions, kept out of the body
 * @param credits bylines and data-source lines, kept out of the body
 * @param notes what the importer could not settle and left for an editor
 */
public record ArticleMetadata(String id, String titleZh, String titleEn, String published, String publishedBasis,
        String source, List<String> captions, List<String> credits, List<String> notes) {

    public ArticleMetadata {
        captions = captions == null ? List.of() : List.copyOf(captions);
        credits = credits == null ? List.of() : List.copyOf(credits);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ArticleMetadata withTitleEn(String title) {
        return new ArticleMetadata(id, titleZh, title, published, publishedBasis, source, captions, credits, notes);
    }

    /**
     * The year of a publication date ({@code 2022}, {@code 2022-06}, {@code 2022-06-30}):
     * what a time-bound figure is attributed to ("according to a 2022 report"). Empty
     * when the date is unknown.
     */
    public static java.util.Optional<String> yearOf(String published) {
        return published == null || !published.matches("\\d{4}.*") ? java.util.Optional.empty()
                : java.util.Optional.of(published.substring(0, 4));
    }
}
