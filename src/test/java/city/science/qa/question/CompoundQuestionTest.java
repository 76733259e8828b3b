package city.science.qa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message of several questions is read as its questions; anything else as one. */
class CompoundQuestionTest {

    @Test
    void aMessageOfTwoQuestionsIsReadAsTwo() {
        assertThat(CompoundQuestion.parts("高新大道改扩建工程主线是哪天通车的？科学大道一期主线双向八车道又是哪天开通的？"))
            .containsExactly("高新大道改扩建工程主线是哪天通车的？", "科学大道一期主线双向八车道又是哪天开通的？");
        assertThat(CompoundQuestion.parts("When did the Jinfeng Tunnel open? And when did work on it start?"))
            .containsExactly("When did the Jinfeng Tunnel open?", "And when did work on it start?");
    }

    @Test
    void oneQuestionATagOrAStatementStaysWhole() {
        assertThat(CompoundQuestion.parts("金凤实验室是哪年成立的？")).containsExactly("金凤实验室是哪年成立的？");
        assertThat(CompoundQuestion.parts("真的吗？金凤实验室是哪年成立的？")).as("a tag is no question of its own")
            .containsExactly("真的吗？金凤实验室是哪年成立的？");
        assertThat(CompoundQuestion.parts("我想了解金凤实验室。它是哪年成立的？")).containsExactly("我想了解金凤实验室。它是哪年成立的？");
        assertThat(CompoundQuestion.parts("一问是什么？二问是什么？三问是什么？四问是什么？")).as("at most three parts").hasSize(1);
    }

}
