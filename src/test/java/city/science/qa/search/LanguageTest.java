package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void detectsTheQuestionsLanguage() {
        assertThat(Language.of("西部科学城集聚了多少家高新技术企业？")).isEqualTo(Language.ZH);
        assertThat(Language.of("科学城有哪些AI及机器人企业？")).isEqualTo(Language.ZH);
        assertThat(Language.of("How many high-tech enterprises are in the Science City?")).isEqualTo(Language.EN);
        assertThat(Language.of("What is the core task of 金凤实验室?")).isEqualTo(Language.EN);
        assertThat(Language.of("How many 软件企业 does it have now?")).isEqualTo(Language.EN);
        assertThat(Language.of("有多少个university？")).as("one English word in a Chinese question").isEqualTo(Language.ZH);
        assertThat(Language.of("西永微电园的cross-border e-commerce做了多少？")).isEqualTo(Language.ZH);
        assertThat(Language.of("2022年1-8月new signed projects有几个？")).as("asked in Chinese").isEqualTo(Language.ZH);
        assertThat(Language.of(" office space 多大？")).as("多大 asks in Chinese (a name taken out before)")
            .isEqualTo(Language.ZH);
        assertThat(Language.of("What are the 几大 industries of the Science City?")).as("asked in English")
            .isEqualTo(Language.EN);
    }

    @Test
    void chineseWordsOfAskingInAnEnglishQuestionAreNoneOfTheArticlesWords() {
        assertThat(Language.chineseRuns("What will the 科学谷 focus on once built (聚焦什么)?")).containsExactly("科学谷", "聚焦");
        assertThat(Language.chineseRuns("For how long (连续几个季度)?")).containsExactly("连续", "季度");
    }

    @Test
    void anEnglishQuestionMayOpenWithAPreposition() {
        assertThat(Language.of("For how many quarters running has growth stayed above 6% (连续几个季度)?"))
            .isEqualTo(Language.EN);
        assertThat(Language.of("In which year did the 金凤实验室 open (哪年)?")).isEqualTo(Language.EN);
    }

    @Test
    void aNameWithABracketedPartIsOneRunOfChinese() {
        assertThat(Language.chineseRuns("How many 高新技术企业 does the 西部(重庆)科学城 gather?")).containsExactly("高新技术企业",
                "西部(重庆)科学城");
        assertThat(Language.chineseRuns("Who joined 金凤软件园(虎溪园) (the Huxi park)?")).containsExactly("金凤软件园(虎溪园)");
    }

    @Test
    void chinesePastedIntoEnglishIsHanFullWidthLettersAreNot() {
        assertThat(Language.hasHan("How many 软件企业 are there?")).isTrue();
        assertThat(Language.hasHan("ＡＩ and 5G, 100%")).isFalse();
    }

}
