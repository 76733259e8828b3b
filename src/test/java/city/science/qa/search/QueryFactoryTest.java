package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryFactoryTest {

    @Test
    void anEnglishWordTheLexiconKnowsIsEmbeddedInTheArticlesChinese() {
        Map<String, List<String>> lexicon = Map.of("visit", List.of("visit", "走访", "考察"));
        assertThat(QueryFactory.withChineseOfEnglish("统一战线visit共几天？", lexicon, lexicon)).isEqualTo("统一战线走访 考察共几天？");
    }

    @Test
    void anEnglishWordOnlyTheDictionaryKnowsKeepsItsEnglishBesideTheChinese() {
        Map<String, List<String>> dictionary = Map.of("smart terminal", List.of("智能", "终端"));
        assertThat(QueryFactory.withChineseOfEnglish("科学城的smart terminal产值有多少？", Map.of(), dictionary))
            .isEqualTo("科学城的smart terminal（智能 终端）产值有多少？");
    }

    @Test
    void anEnglishWordNobodyKnowsStaysAsWritten() {
        assertThat(QueryFactory.withChineseOfEnglish("科学城的KPI是多少？", Map.of(), Map.of())).isEqualTo("科学城的KPI是多少？");
    }

}
