package city.science.qa.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A whole answer as OpenAI's {@code chat.completion} object, with this service's
 * extension fields.
 */
public record ChatCompletion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
        @JsonUnwrapped Extensions extensions) {

    static ChatCompletion of(String id, long created, String content, Extensions extensions) {
        return new ChatCompletion(id, "chat.completion", created, ChatCompletionsController.MODEL,
                List.of(new Choice(0, new Message("assistant", content), "stop")), Usage.NOT_COUNTED, extensions);
    }

    /** The one choice this service makes. */
    public record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason) {
    }

    /** The assistant's message. */
    public record Message(String role, String content) {
    }

    /**
     * Token counts; this service counts none, so all are 0 (clients expect the object).
     */
    public record Usage(@JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("completion_tokens") int completionTokens, @JsonProperty("total_tokens") int totalTokens) {

        static final Usage NOT_COUNTED = new Usage(0, 0, 0);

    }
}
