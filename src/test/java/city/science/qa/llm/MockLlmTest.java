package city.science.qa.llm;

import city.science.qa.DatabaseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the service with a language model: one OpenAI-compatible
 * mock server for all of them (and so one application context), reset before each test.
 */
public abstract class MockLlmTest extends DatabaseTest {

    protected static final MockLlm LLM = openAi();

    private static MockLlm openAi() {
        try {
            return MockLlm.openAi();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("scqa.llm.provider", () -> "openai");
        registry.add("scqa.llm.base-url", LLM::baseUrl);
        registry.add("scqa.llm.api-key", () -> "test-key");
        registry.add("scqa.llm.model", () -> "mock");
        registry.add("scqa.llm.first-token-timeout", () -> "2s");
    }

    @BeforeEach
    void resetTheModel() {
        LLM.reset();
    }

}
