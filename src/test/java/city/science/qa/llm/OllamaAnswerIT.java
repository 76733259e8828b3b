package city.science.qa.llm;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.answer.AnswerMode;
import city.science.qa.search.Language;
import city.science.qa.DatabaseTest;
import city.science.qa.ask.AskResponse;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * LLM answers through Ollama: a real HTTP server speaking its NDJSON streaming protocol.
 */
class OllamaAnswerIT extends DatabaseTest {

    static final MockLlm LLM;

    static {
        try {
            LLM = MockLlm.ollama();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("scqa.llm.provider", () -> "ollama");
        registry.add("scqa.llm.base-url", LLM::baseUrl);
        registry.add("scqa.llm.model", () -> "qwen2.5");
        registry.add("scqa.llm.first-token-timeout", () -> "2s");
    }

    @BeforeEach
    void resetTheModel() {
        LLM.reset();
    }

    @Test
    void streamsTheModelsTokensIntoTheAnswer() {
        LLM.script(MockLlm.Script.answer("The Science City has ", "702 high-tech enterprises", "[1]."));
        AskResponse answer = ask("How many high-tech enterprises are in the Science City?");
        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.answer()).isEqualTo("The Science City has 702 high-tech enterprises[1].");
        assertThat(answer.checks().allFiguresFound()).isTrue();
        assertThat(LLM.requests()).anyMatch(r -> r.contains("<source n=\\\"1\\\"") && r.contains("\"stream\""));
    }

    @Test
    void aFailingModelFallsBackToTheOfflineAnswer() {
        LLM.script(MockLlm.Script.failing(500));
        AskResponse answer = ask("西部科学城集聚了多少家高新技术企业？");
        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.answer()).contains("702");
        assertThat(answer.notice()).hasValueSatisfying(n -> assertThat(n).isNotBlank());
    }

    private AskResponse ask(String question) {
        return ask(client, question, null);
    }

}
