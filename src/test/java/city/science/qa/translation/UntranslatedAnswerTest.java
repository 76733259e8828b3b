package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.question.Asked;
import org.junit.jupiter.api.Test;

class UntranslatedAnswerTest {

    private static final String SENTENCE = "数据显示，启动建设至今，科学城核心区已成功引进中国平安科学城大健康科技园等招商项目317个，合同投资额3141.9亿元。";

    @Test
    void anAmountQuestionGetsTheYuanFigureConvertedDatedLabelledAndTheSentenceQuoted() {
        String out = Dictionaries.UNTRANSLATED.sentence(SENTENCE, "October 2022", Asked.AMOUNT);
        assertThat(out).startsWith("By October 2022 (source in Chinese, not yet translated): ")
            .contains("contracted investment (合同投资额) 314.19 billion yuan (3141.9亿元)")
            .contains("The sentence: “" + SENTENCE + "”")
            .doesNotContain("317 (317个)");
    }

    @Test
    void aCountQuestionGetsTheCountNotTheAmount() {
        String out = Dictionaries.UNTRANSLATED.sentence(SENTENCE, "October 2022", Asked.COUNT);
        assertThat(out).contains("317 (317个)").doesNotContain("314.19");
    }

    @Test
    void officialNamesAreGivenInTheirGlossaryEnglish() {
        String out = Dictionaries.UNTRANSLATED.sentence("西永综保区贡献全市超40%的外贸进出口值。", "", Asked.PERCENTAGE);
        assertThat(out).startsWith("From a source in Chinese, not yet translated: ")
            .contains("40%")
            .contains("Xiyong Comprehensive Bonded Zone (西永综保区)");
    }

    @Test
    void aCountIsSaidWithTheNounItCountsAndQualifiersAreKept() {
        String out = Dictionaries.UNTRANSLATED.sentence("重庆大学城汇聚了14所高校、3500余名科技人员。", "2026", Asked.COUNT);
        assertThat(out).contains("14 universities (14所高校)")
            .contains("more than 3500 scientific and technical personnel (3500余名科技人员)");
    }

    @Test
    void theCountedNounStopsAtTheNextFigureOrParticle() {
        String out = Dictionaries.UNTRANSLATED.sentence("区内17家企业的23个校企联合人才培养项目获批。", "2026", Asked.COUNT);
        assertThat(out).contains("17 company (17家企业)").doesNotContain("(17家企业的");
        // 校企 is not in the dictionary: no guessed English, the Chinese as printed.
        assertThat(out).contains("23 (23个校企)");
    }

    @Test
    void aGlossInASenseTheArticlesNeverUseIsLeftOutAndTheChineseTermStays() {
        // CC-CEDICT's first senses make 重点项目 "recount item" and 重大项目 "great item".
        String out = Dictionaries.UNTRANSLATED.sentence("今年科学城开工了12个重点项目和5个重大项目。", "2026", Asked.COUNT);
        assertThat(out).contains("12 (12个重点项目)").doesNotContain("recount").doesNotContain("great item");
    }

    @Test
    void aGlossTheTranslatedArticlesUseForTheTermIsShown() {
        assertThat(Dictionaries.SENSES.confirms("企业", "company")).isTrue();
        assertThat(Dictionaries.SENSES.confirms("重点项目", "recount item")).isFalse();
        // The same kind of sentence where nothing confirms the sense: the Chinese term
        // alone.
        assertThat(
                new UntranslatedAnswer(Dictionaries.GLOSS, Dictionaries.GLOSSARY, Dictionaries.WORDS, SenseCheck.NONE)
                    .sentence("区内有17家企业，", "2026", Asked.COUNT))
            .contains("17 (17家企业)")
            .doesNotContain("company");
    }

    @Test
    void aRateIsLabelledWithWhoseRateItIs() {
        String out = Dictionaries.UNTRANSLATED.sentence("2025年，未来产业产值同比增长13.3%、集成电路产值同比增长9.0%。", "2026",
                Asked.PERCENTAGE);
        assertThat(out).contains("(未来产业产值同比增长) 13.3%").contains("(集成电路产值同比增长) 9.0%");
    }

}
