package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence fills a question's slot with the question's own words around a figure. */
class SlotFillTest {

    @Test
    void theQuestionsWordsFollowedByAFigureFillIt() {
        assertThat(SlotFill.fills("2024年高新区全社会研发投入强度达到多少？", "2024年，高新区GDP增长7.4%，全社会研发投入强度达到5.5%。")).isTrue();
        assertThat(SlotFill.fills("监测站一共布设了多少个观测点位？", "监测站一共布设了86个观测点位。")).isTrue();
        assertThat(SlotFill.fills("产业园总投资多少元？", "该产业园总投资约47.9亿元。")).isTrue();
    }

    @Test
    void anotherFigureOfTheSameSentenceDoesNot() {
        // Only the verb is shared: another quantity of the sentence would be a
        // neighbouring fact.
        assertThat(SlotFill.fills("GDP增长了多少？", "税收收入增长7%，GDP保持平稳。")).isFalse();
        assertThat(SlotFill.fills("全社会研发投入强度达到多少？", "全社会研发投入强度持续提高，GDP达到5000亿元。")).isFalse();
    }

    @Test
    void theMeasureWordMustFollowTheFigure() {
        assertThat(SlotFill.fills("新馆建筑面积多少亩？", "新馆建筑面积30842平方米。")).isFalse();
        assertThat(SlotFill.fills("新馆建筑面积多少平方米？", "新馆建筑面积30842平方米。")).isTrue();
    }

}
