package city.science.qa.llm;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.answer.AnswerMode;
import city.science.qa.ask.AskResponse;
import org.junit.jupiter.api.Test;

/**
 * With a language model configured, the offline answerer is the model's hint and
 * fallback, not its gate: a question the offline rules decline, whose passage does answer
 * it, goes to the model with its passages; a question no passage covers is declined
 * without a call.
 */
class ModelNotVetoedIT extends MockLlmTest {

    /** The offline rules read another tunnel's start as not the asked one's: partial. */
    private static final String DECLINED_OFFLINE = "金凤隧道是哪天开工的？";

    @Test
    void aQuestionTheOfflineReaderDeclinesIsAnsweredByTheModelFromItsPassages() {
        LLM.script(MockLlm.Script.answer("资料写明白市驿隧道于1月10日开工，金凤隧道当时也在加紧建设[1]。"));
        AskResponse answer = ask(client, DECLINED_OFFLINE, null);
        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.answer()).contains("[1]");
        assertThat(answer.citations()).anyMatch(c -> c.text().contains("金凤隧道"));
        String prompt = LLM.requests().get(LLM.requests().size() - 1);
        assertThat(prompt).contains("金凤隧道也在加紧建设")
            .contains("<offline_reading>")
            .contains("It found no sentence stating exactly what is asked");
    }

    @Test
    void theOfflineReaderAloneDeclinesTheSameQuestion() {
        // The premise of the test above, offline: the same service without a model call.
        assertThat(offlineGrounded(DECLINED_OFFLINE)).isFalse();
    }

    @Test
    void aQuestionNoPassageCoversIsDeclinedWithoutCallingTheModel() {
        AskResponse answer = ask(client, "明天重庆会下雨吗？", null);
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.mode()).isNotEqualTo(AnswerMode.LLM);
        assertThat(LLM.requests()).isEmpty();
    }

    private boolean offlineGrounded(String question) {
        LLM.script(MockLlm.Script.failing(500));
        AskResponse fallback = ask(client, question, null);
        assertThat(fallback.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        return fallback.grounded();
    }

}
