package city.science.qa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which one of a series a question asks about, as questions and articles number it. */
class OrdinalTest {

    @Test
    void aChineseQuestionNumbersItsEvent() {
        assertThat(Ordinal.askedIn("第二次联席会议在哪开的？")).contains(new Ordinal(2));
        assertThat(Ordinal.askedIn("第3批项目签了几个？")).contains(new Ordinal(3));
        assertThat(Ordinal.askedIn("首届大会什么时候开？")).contains(new Ordinal(1));
        assertThat(Ordinal.askedIn("第一个季度增长多少？")).as("a quarter is no series of events").isEmpty();
    }

    @Test
    void anEnglishOrdinalNumbersOnlyASeriesOfEvents() {
        assertThat(Ordinal.askedIn("Which city hosted the second 联席会议 of the two zones?")).contains(new Ordinal(2));
        assertThat(Ordinal.askedIn("Where was the 2nd joint meeting held?")).contains(new Ordinal(2));
        assertThat(Ordinal.askedIn("When was the first meeting?")).contains(new Ordinal(1));
        assertThat(Ordinal.askedIn("How fast did output grow in the first half?")).isEmpty();
        assertThat(Ordinal.askedIn("How big is the first development fund?")).isEmpty();
    }

    @Test
    void aPhaseIsNumberedWithoutAnOrdinalWord() {
        assertThat(Ordinal.namedIn("科学谷一期项目取得新进展")).containsExactly(new Ordinal(1));
        assertThat(Ordinal.askedIn("科学谷二期什么时候开工？")).contains(new Ordinal(2));
        assertThat(Ordinal.askedIn("When did phase II of the Science Valley break ground?")).contains(new Ordinal(2));
        assertThat(Ordinal.askedIn("When was phase 3 topped out?")).contains(new Ordinal(3));
        assertThat(Ordinal.namedIn("“十四五”期间，两地同期签约")).as("a longer number, 期间 and 同期 number no phase").isEmpty();
    }

    @Test
    void aSentenceThatNumbersAnotherOneContradictsButOneThatNumbersNoneDoesNot() {
        Ordinal second = new Ordinal(2);
        assertThat(second.contradictedBy("重庆高新区和成都高新区举行第一次联席会议，共话“双城新蓝图”")).isTrue();
        assertThat(second.contradictedBy("一个月后，第二次联席会议转战成都。")).isFalse();
        assertThat(second.contradictedBy("双方签署战略合作协议。")).isFalse();
        assertThat(new Ordinal(1).contradictedBy("首次异地颁发的营业执照")).isFalse();
    }

}
