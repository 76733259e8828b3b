package city.science.qa.ask;

import city.science.qa.search.SearchHit;
import java.util.List;

/** The body of {@code GET /api/search}. */
public record SearchResponse(List<Passage> passages) {

    /** A found passage as outside clients know it. */
    public record Passage(String passageId, String articleId, String title, String published, String text,
            String translation, double score) {

        static Passage of(SearchHit h) {
            return new Passage(h.passageId(), h.articleId(), h.title(), h.published(), h.text(), h.translation(),
                    h.score());
        }
    }

    static SearchResponse of(List<SearchHit> hits) {
        return new SearchResponse(hits.stream().map(Passage::of).toList());
    }
}
