package city.science.qa.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One event of a streamed answer, as OpenAI's {@code chat.completion.chunk}. Only the
 * last chunk carries the extension fields; {@code finish_reason} is {@code null} until
 * then, as the protocol says.
 */
public record ChatCompletionChunk(String id, String object, long created, String model, List<Choice> choices,
        @JsonUnwrapped @JsonInclude(JsonInclude.Include.NON_NULL) Extensions extensions) {

    /** The first chunk: the assistant's role, no text yet. */
    static ChatCompletionChunk start(String id, long created) {
        return new ChatCompletionChunk(id, "chat.completion.chunk", created, ChatCompletionsController.MODEL,
                List.of(new Choice(0, new Delta("assistant", ""), null)), null);
    }

    /** A piece of answer text. */
    static ChatCompletionChunk text(String id, long created, String text) {
        return new ChatCompletionChunk(id, "chat.completion.chunk", created, ChatCompletionsController.MODEL,
                List.of(new Choice(0, new Delta(null, text), null)), null);
    }

    /** The last chunk: no text, {@code finish_reason: stop}, and the extension fields. */
    static ChatCompletionChunk last(String id, long created, Extensions extensions) {
        return new ChatCompletionChunk(id, "chat.completion.chunk", created, ChatCompletionsController.MODEL,
                List.of(new Choice(0, new Delta(null, null), "stop")), extensions);
    }

    /** The one choice, with what it adds. */
    public record Choice(int index, Delta delta,
            @JsonProperty("finish_reason") @JsonInclude(JsonInclude.Include.ALWAYS) String finishReason) {
    }

    /** What a chunk adds to the message: the role first, then content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(String role, String content) {
    }
}
