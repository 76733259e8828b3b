package city.science.qa.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The configured language model, streaming (answers) and blocking (follow-ups, query
 * translation, drafts); none offline. Everything that asks "is there a model?" asks
 * {@link #enabled()}.
 */
@Component
public class LanguageModels {

    private final Optional<StreamingChatModel> streaming;

    private final Optional<ChatModel> blocking;

    public LanguageModels(LlmProperties p) {
        switch (p.provider()) {
            case OLLAMA -> {
                streaming = Optional.of(OllamaStreamingChatModel.builder()
                    .baseUrl(p.baseUrl())
                    .modelName(p.model())
                    .temperature(p.temperature())
                    .numPredict(p.maxTokens())
                    .timeout(p.timeout())
                    .build());
                blocking = Optional.of(OllamaChatModel.builder()
                    .baseUrl(p.baseUrl())
                    .modelName(p.model())
                    .temperature(p.temperature())
                    .numPredict(p.maxTokens())
                    .timeout(p.timeout())
                    .build());
            }
            case OPENAI -> {
                streaming = Optional.of(OpenAiStreamingChatModel.builder()
                    .baseUrl(p.baseUrl())
                    .apiKey(p.apiKey())
                    .modelName(p.model())
                    .temperature(p.temperature())
                    .maxTokens(p.maxTokens())
                    .timeout(p.timeout())
                    .build());
                blocking = Optional.of(OpenAiChatModel.builder()
                    .baseUrl(p.baseUrl())
                    .apiKey(p.apiKey())
                    .modelName(p.model())
                    .temperature(p.temperature())
                    .maxTokens(p.maxTokens())
                    .timeout(p.timeout())
                    .maxRetries(0)
                    .build());
            }
            default -> {
                streaming = Optional.empty();
                blocking = Optional.empty();
            }
        }
    }

    public boolean enabled() {
        return blocking.isPresent();
    }

    public Optional<StreamingChatModel> streaming() {
        return streaming;
    }

    public Optional<ChatModel> blocking() {
        return blocking;
    }

}
