package city.science.qa.answer;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured language model, streaming (answers) and blocking (follow-ups, query translation); none offline. */
@Component
public class LanguageModels {

  private final StreamingChatModel streaming;
  private final ChatModel blocking;

  public LanguageModels(LlmProperties p) {
    if (!p.enabled()) {
      streaming = null;
      blocking = null;
    } else if (p.provider().equalsIgnoreCase("ollama")) {
      streaming = OllamaStreamingChatModel.builder().baseUrl(p.baseUrl()).modelName(p.model())
          .temperature(p.temperature()).numPredict(p.maxTokens()).timeout(p.timeout()).build();
      blocking = OllamaChatModel.builder().baseUrl(p.baseUrl()).modelName(p.model())
          .temperature(p.temperature()).numPredict(p.maxTokens()).timeout(p.timeout()).build();
    } else if (p.provider().equalsIgnoreCase("openai")) {
      streaming = OpenAiStreamingChatModel.builder().baseUrl(p.baseUrl()).apiKey(p.apiKey()).modelName(p.model())
          .temperature(p.temperature()).maxTokens(p.maxTokens()).timeout(p.timeout()).build();
      blocking = OpenAiChatModel.builder().baseUrl(p.baseUrl()).apiKey(p.apiKey()).modelName(p.model())
          .temperature(p.temperature()).maxTokens(p.maxTokens()).timeout(p.timeout()).maxRetries(0).build();
    } else {
      throw new IllegalArgumentException("scqa.llm.provider must be none, openai or ollama, not " + p.provider());
    }
  }

  public Optional<StreamingChatModel> streaming() {
    return Optional.ofNullable(streaming);
  }

  public Optional<ChatModel> blocking() {
    return Optional.ofNullable(blocking);
  }
}
