package city.science.qa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The months a figure is reported for, as questions and articles name them. */
class PartOfYearTest {

    @Test
    void aChineseQuestionNamesItsPartOfTheYear() {
        assertThat(PartOfYear.askedIn("科学城前三季度GDP增长多少？")).contains(new PartOfYear(1, 9));
        assertThat(PartOfYear.askedIn("2023年科学城汽车产业上半年产值增长了多少？")).contains(new PartOfYear(1, 6));
        assertThat(PartOfYear.askedIn("今年1到8月新签了几个？")).contains(new PartOfYear(1, 8));
        assertThat(PartOfYear.askedIn("前八个月签了几个？")).contains(new PartOfYear(1, 8));
        assertThat(PartOfYear.askedIn("2021年科学城核心区GDP增长了多少？")).isEmpty();
    }

    @Test
    void anEnglishQuestionNamesItsPartOfTheYear() {
        assertThat(PartOfYear.askedIn("How fast did IT grow in the first 3 quarters of 2022?"))
            .contains(new PartOfYear(1, 9));
        assertThat(PartOfYear.askedIn("What was H1 trade?")).contains(new PartOfYear(1, 6));
        assertThat(PartOfYear.askedIn("How many deals in the first eight months?")).contains(new PartOfYear(1, 8));
        assertThat(PartOfYear.askedIn("How fast did investment grow from January to October 2025?"))
            .contains(new PartOfYear(1, 10));
        assertThat(PartOfYear.askedIn("When did work start in April?")).isEmpty();
    }

    @Test
    void anArticleSentenceNamesItsMonthsAndNotARangeOfYears() {
        assertThat(PartOfYear.namedIn("仅今年1至8月，新签约项目就达59个。")).containsExactly(new PartOfYear(1, 8));
        assertThat(PartOfYear.namedIn("1—10月工业投资同比增长23.2%")).containsExactly(new PartOfYear(1, 10));
        assertThat(PartOfYear.namedIn("今年1月至6月，实现外贸进出口值1357.26亿元")).containsExactly(new PartOfYear(1, 6));
        assertThat(PartOfYear.namedIn("《行动计划(2023—2027年)》印发实施")).isEmpty();
        assertThat(PartOfYear.namedIn("1月10日，中梁山下白市驿隧道开工建设")).isEmpty();
    }

    @Test
    void monthsThatAreNoPartOfAYearAreNone() {
        assertThat(PartOfYear.askedIn("前二十个月签了几个？")).isEmpty();
        assertThat(PartOfYear.askedIn("13至99月增长多少？")).isEmpty();
        assertThat(PartOfYear.askedIn("0至5月产值多少？")).isEmpty();
        assertThat(PartOfYear.askedIn("What grew from December to January?")).isEmpty();
        assertThat(PartOfYear.askedIn("How much in the first 0 months?")).isEmpty();
    }

    @Test
    void anAnswerSaysThePartInItsLanguage() {
        assertThat(new PartOfYear(1, 9).english()).isEqualTo("the first three quarters");
        assertThat(new PartOfYear(1, 8).english()).isEqualTo("January to August");
        assertThat(new PartOfYear(1, 6).chinese()).isEqualTo("上半年");
        assertThat(new PartOfYear(1, 10).chinese()).isEqualTo("1至10月");
    }

}
