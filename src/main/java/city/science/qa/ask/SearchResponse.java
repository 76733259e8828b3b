package city.science.qa.ask;

import city.science.qa.translation.TranslationSource;
import city.science.qa.search.SearchHit;
import java.util.List;

/** The body of {@code GET /api/search}. */
public record SearchResponse(List<Passage> passages) {

    /**
     * A found passage as outside clients know it.
     *
     * @param translated whether it has English ({@code translation} is not null)
     * @param translationSource where that English comes from (people, a reviewed machine
     * translation, none)
     */
    public record Passage(String passageId, String articleId, String title, String published, String text,
            String translation, boolean translated, TranslationSource translationSource, double score) {

        static Passage of(SearchHit h) {
            return new Passage(h.passageId(), h.articleId(), h.title(), h.published(), h.text(), h.translation(),
                    h.translation() != null, h.translationSource(), h.score());
        }
    }

    static SearchResponse of(List<SearchHit> hits) {
        return new SearchResponse(hits.stream().map(Passage::of).toList());
    }
}
