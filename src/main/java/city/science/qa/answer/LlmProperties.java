package city.science.qa.answer;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional language model.
 *
 * @param provider {@code none} (offline answers only), {@code openai} (any OpenAI-compatible
 *     endpoint: OpenAI, DeepSeek, Qwen, vLLM, llama.cpp server) or {@code ollama}
 * @param baseUrl the provider's base URL, e.g. {@code https://api.deepseek.com/v1} or
 *     {@code http://localhost:11434}
 * @param apiKey the key for OpenAI-compatible endpoints (never logged)
 * @param model the model name
 * @param firstTokenTimeout no first token within this time: answer offline instead
 * @param timeout the longest a whole model call may take
 * @param maxTokens the longest answer the model may write
 * @param sources how many passages the model is given as numbered sources
 * @param promptsDir where the prompt templates live
 */
@ConfigurationProperties("scqa.llm")
public record LlmProperties(String provider, String baseUrl, String apiKey, String model, Duration firstTokenTimeout,
    Duration timeout, int maxTokens, double temperature, int sources, Path promptsDir) {

  public boolean enabled() {
    return provider != null && !provider.isBlank() && !provider.equalsIgnoreCase("none");
  }
}
