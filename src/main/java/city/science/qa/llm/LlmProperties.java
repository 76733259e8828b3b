package city.science.qa.llm;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The optional language model.
 *
 * @param provider {@code none} (offline answers only), {@code openai} (any
 * OpenAI-compatible endpoint: OpenAI, DeepSeek, Qwen, vLLM, llama.cpp server) or
 * {@code ollama}
 * @param baseUrl the provider's base URL, e.g. {@code https://api.deepseek.com/v1} or
 * {@code http://localhost:11434}
 * @param apiKey the key for OpenAI-compatible endpoints (never logged)
 * @param model the model name
 * @param firstTokenTimeout no first token within this time: answer offline instead
 * @param timeout the longest a whole model call may take
 * @param maxTokens the longest answer the model may write
 * @param sources how many passages the model is given as numbered sources
 * @param promptsDir where the prompt templates live
 */
@ConfigurationProperties("scqa.llm")
@Validated
public record LlmProperties(@DefaultValue("none") @NotNull Provider provider, @DefaultValue("") String baseUrl,
        @DefaultValue("") String apiKey, @DefaultValue("") String model,
        @DefaultValue("20s") @NotNull Duration firstTokenTimeout, @DefaultValue("120s") @NotNull Duration timeout,
        @DefaultValue("600") @Positive int maxTokens, @DefaultValue("0.1") double temperature,
        @DefaultValue("4") @Positive int sources, @DefaultValue("prompts") @NotNull Path promptsDir) {

    /** Who serves the model. */
    public enum Provider {

        /** No model: every answer is the offline, extractive one. */
        NONE,
        /** Any OpenAI-compatible chat completions endpoint. */
        OPENAI,
        /** An Ollama server. */
        OLLAMA

    }

    /** The one rule for "a language model is configured". */
    public boolean enabled() {
        return provider != Provider.NONE;
    }
}
