package city.science.qa.ask;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.answer.Hits;
import city.science.qa.search.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceRetrieverTest {

    private static final SearchHit GROWTH_2025 = Hits.hit("a", "2026", "2025年，高新区地区生产总值同比增长6.8%。", null, 1.0);

    private static final SearchHit GROWTH_2021 = Hits.hit("b", "2022-10", "2021年，科学城核心区GDP同比增长12.9%。", null, 0.5);

    private static final SearchHit UNDATED_2021 = Hits.hit("c", "2021-06", "科学城汽车产业产值同比增长64.7%。", null, 0.4);

    private static final SearchHit UNDATED_2022 = Hits.hit("d", "2022-10", "科学城软件企业达1301家。", null, 0.3);

    @Test
    void passagesOfTheAskedYearComeFirstInRetrievalOrder() {
        assertThat(EvidenceRetriever.ofYearsFirst(List.of(GROWTH_2025, UNDATED_2022, GROWTH_2021, UNDATED_2021),
                List.of("2021")))
            .containsExactly(GROWTH_2021, UNDATED_2021, GROWTH_2025, UNDATED_2022);
    }

    @Test
    void aPassageNamingOnlyAnotherYearIsNotOfTheArticlesYear() {
        SearchHit namesOther = Hits.hit("e", "2021-06", "2019年，科学城启动规划。", null, 1.0);
        assertThat(EvidenceRetriever.ofYearsFirst(List.of(namesOther, UNDATED_2021), List.of("2021")))
            .containsExactly(UNDATED_2021, namesOther);
    }

}
