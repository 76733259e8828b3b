package city.science.qa.answer;

import city.science.qa.search.SearchHit;
import city.science.qa.translation.TranslationSource;
import java.util.List;

/** Search hits for unit tests, shaped like the corpus's passages. */
public final class Hits {

    private Hits() {
    }

    public static SearchHit hit(String id, String published, String text, String translation, double score) {
        return new SearchHit(id, "article-" + id, "标题" + id, "Title " + id, published, "重庆日报", "", List.of("p01"), text,
                "", translation, translation == null ? TranslationSource.NONE : TranslationSource.HUMAN, score, 0.8);
    }

    /** The high-tech enterprise passage of two-cities-fusion-2026, in both languages. */
    public static SearchHit highTech() {
        return hit("p-702", "2026", "科学城坚持创新驱动发展。邻近的西部(重庆)科学城集聚702家高新技术企业。两城融合成效显著。",
                "The Science City adheres to innovation-driven development. The neighbouring Western (Chongqing) "
                        + "Science City has clustered 702 high-tech enterprises. The integration of the two cities "
                        + "has achieved notable results.",
                1.0);
    }

}
