package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import city.science.qa.translation.Dictionaries;
import city.science.qa.translation.QueryTranslation;
import org.junit.jupiter.api.Test;

class RomanizedNamesTest {

    private static final String ARTICLES = "团结湖数字经济产业园位于双福。\u001f市郊铁路璧铜线连接璧山与铜梁，璧山站是起点。\u001f碧山公园";

    private final KeywordRetriever keywords = mock(KeywordRetriever.class);

    private final RomanizedNames names = new RomanizedNames(keywords, Dictionaries.CEDICT);

    @Test
    void aPinyinNameIsReadAsTheArticlesWriteIt() {
        when(keywords.corpusChinese()).thenReturn(ARTICLES);
        assertThat(names.in("When will the Tuanjiehu Digital Economy Industrial Park in Shuangfu be completed?"))
            .containsExactly(new QueryTranslation.Term("tuanjiehu", java.util.List.of("团结湖")),
                    new QueryTranslation.Term("shuangfu", java.util.List.of("双福")));
    }

    @Test
    void ofTwoSpellingsTheOneTheArticlesWriteMoreComesFirst() {
        assertThat(names.written("bishan", ARTICLES)).containsExactly("璧山", "碧山");
    }

    @Test
    void aWordTheDictionaryTranslatesAndANameTheArticlesNeverWriteAreLeftAlone() {
        when(keywords.corpusChinese()).thenReturn(ARTICLES);
        // Railway is English; the dictionary already reads Chengdu (成都) and Bishan (璧山);
        // the articles never write 中关村.
        assertThat(names.in("Does the Railway from Bishan to Chengdu stop at Zhongguancun?")).isEmpty();
    }

}
