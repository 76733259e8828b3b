package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.search.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers to the parts of one message, joined. */
class AnswerTest {

    @Test
    void joinedPartsKeepTheirOrderAndNumberTheirCitationsAfterThePartsBefore() {
        Answer opened = Answer.extractive(Language.ZH, "2022年10月24日主线通车。[1]",
                List.of(Citation.of(1, Hits.hit("p-a", "2022", "2022年10月24日主线通车。", null, 1.0), "2022年10月24日主线通车。")));
        Answer started = Answer.extractive(Language.ZH, "2023年1月15日开通。[1]其后延伸。[2]",
                List.of(Citation.of(1, Hits.hit("p-b", "2022", "2023年1月15日开通。", null, 1.0), "2023年1月15日开通。"),
                        Citation.of(2, Hits.hit("p-c", "2022", "其后延伸。", null, 1.0), "其后延伸。")));

        Answer joined = Answer.joined(Language.ZH, List.of(opened, started), i -> "");

        assertThat(joined.text()).isEqualTo("2022年10月24日主线通车。[1]2023年1月15日开通。[2]其后延伸。[3]");
        assertThat(joined.citations()).extracting(Citation::marker).containsExactly(1, 2, 3);
        assertThat(joined.citations()).extracting(Citation::passageId).containsExactly("p-a", "p-b", "p-c");
        assertThat(joined.grounded()).isTrue();
    }

    @Test
    void aPartTheArticlesDoNotAnswerSaysSoInItsOwnLine() {
        Answer opened = Answer.extractive(Language.EN, "It opened on 24 October 2022.[1]",
                List.of(Citation.of(1, Hits.hit("p-a", "2022", "2022年10月24日主线通车。", null, 1.0), "2022年10月24日主线通车。")));
        Answer none = Answer.noAnswer(Language.EN, "", List.of());

        Answer joined = Answer.joined(Language.EN, List.of(none, opened), i -> "Part " + (i + 1) + ": not stated.");

        assertThat(joined.text()).isEqualTo("Part 1: not stated. It opened on 24 October 2022.[1]");
        assertThat(joined.grounded()).isTrue();
        assertThat(Answer.joined(Language.EN, List.of(none, none), i -> "-").grounded()).isFalse();
    }

}
