package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same quantity in any notation gets the same token. */
class FiguresTest {

    private static List<String> tokens(String text) {
        return Figures.in(text).stream().map(Figures.Figure::token).toList();
    }

    @Test
    void hundredMillionsMeetBillionsAndThousandSeparators() {
        String chinese = tokens("合同投资额3141.9亿元").get(0);
        assertThat(tokens("contracted investment of 314.19 billion yuan")).containsExactly(chinese);
        assertThat(tokens("314,190,000,000 yuan")).containsExactly(chinese);
        assertThat(tokens("3,141.9亿")).containsExactly(chinese);
    }

    @Test
    void tenThousandsAndChineseNumerals() {
        assertThat(tokens("超1.5万人次")).containsExactly(tokens("more than 15,000 people").get(0));
        assertThat(tokens("软件从业人数达6万人")).containsExactly(tokens("60,000 software employees").get(0));
        assertThat(tokens("总投资约5.22万亿元")).containsExactly(tokens("about 5.22 trillion yuan").get(0));
        assertThat(tokens("实现产值千亿元")).containsExactly(tokens("100 billion yuan").get(0));
    }

    @Test
    void percentagesInEveryNotation() {
        String forty = tokens("贡献全市超40%的外贸进出口值").get(0);
        assertThat(forty).isEqualTo("figp40");
        assertThat(tokens("百分之四十")).containsExactly(forty);
        assertThat(tokens("more than 40 percent")).containsExactly(forty);
        assertThat(tokens("40％")).containsExactly(forty);
        assertThat(tokens("增长6.8%")).containsExactly("figp6d8");
        assertThat(tokens("百分之六点八")).containsExactly("figp6d8");
    }

    @Test
    void percentagesAndPlainNumbersDoNotMeet() {
        assertThat(tokens("40%")).doesNotContainAnyElementsOf(tokens("40家"));
    }

    @Test
    void chineseNumerals() {
        assertThat(Figures.chineseNumber("四十")).isEqualByComparingTo("40");
        assertThat(Figures.chineseNumber("一百二十")).isEqualByComparingTo("120");
        assertThat(Figures.chineseNumber("十五")).isEqualByComparingTo("15");
        assertThat(Figures.chineseNumber("三点五")).isEqualByComparingTo("3.5");
        assertThat(Figures.chineseNumber("两千零五")).isEqualByComparingTo("2005");
    }

}
