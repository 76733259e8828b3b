package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishFiguresTest {

    private static List<String> english(String chinese) {
        return EnglishFigures.in(chinese).stream().map(EnglishFigures.Stated::english).toList();
    }

    @Test
    void yuanInHundredMillionsBecomeBillionsWithTheSameDigits() {
        assertThat(english("合同投资额3141.9亿元")).containsExactly("314.19 billion yuan");
        assertThat(english("年知识产权运营额达1.5亿元")).containsExactly("150 million yuan");
        assertThat(english("总投资约5.22万亿元")).containsExactly("about 5.22 trillion yuan");
    }

    @Test
    void tenThousandsAndAreasAndPercentages() {
        assertThat(english("软件产业载体154万平方米，软件人才16963人")).containsExactly("1.54 million square metres", "16,963 people");
        assertThat(english("规划面积1198平方公里")).containsExactly("1198 square kilometres");
        assertThat(english("同比增长12.9%")).containsExactly("12.9%");
        assertThat(english("力争到2027年形成“三大千亿级”")).containsExactly("100 billion");
    }

    @Test
    void datesRangesAndFractionsAreNotQuantities() {
        assertThat(english("2025年，仅今年1至8月，1—10月，8月30日，只是在建项目的1/10左右")).isEmpty();
    }

    @Test
    void aMeasureWordKeepsTheFigureBareAndThePrintedFormIsKept() {
        List<EnglishFigures.Stated> found = EnglishFigures.in("招商项目317个");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.english()).isEqualTo("317");
            assertThat(f.chinese()).isEqualTo("317个");
        });
    }

    @Test
    void moreThanNearlyAndAboutAreSaid() {
        assertThat(english("贡献全市超40%的外贸进出口值")).containsExactly("more than 40%");
        assertThat(english("3500余名科技人员")).containsExactly("more than 3500 people");
        assertThat(english("实现产值近千亿元")).containsExactly("nearly 100 billion yuan");
        assertThat(english("总投资约5.22万亿元")).containsExactly("about 5.22 trillion yuan");
    }

}
