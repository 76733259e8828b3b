package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void chineseSentencesKeepTheirClosingQuotes() {
        assertThat(Sentences.chinese("“这笔生意能做成，还得感谢税收大数据帮忙。”赛力斯负责人表示。产品投产后，“找市场”成了当务之急。"))
            .containsExactly("“这笔生意能做成，还得感谢税收大数据帮忙。”", "赛力斯负责人表示。", "产品投产后，“找市场”成了当务之急。");
    }

    @Test
    void decimalPointsDoNotEndEnglishSentences() {
        assertThat(Sentences.english("GDP grew 6.8% in 2025. It attracted 314.19 billion yuan. \"Good,\" he said."))
            .containsExactly("GDP grew 6.8% in 2025.", "It attracted 314.19 billion yuan.", "\"Good,\" he said.");
    }

}
