package city.science.qa.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an OpenAI chat completion request that this service reads. Clients send
 * many more (temperature, stream_options, tools…): those are accepted and ignored, as
 * OpenAI-compatible servers do, unlike the strict bodies of {@code /api/*}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatCompletionRequest(String model,
        @NotEmpty(message = "messages must hold at least one user message.") List<@Valid Message> messages,
        Boolean stream) {

    /**
     * One message; {@code content} is a string or a list of parts ({@code {type: text,
     * text}}), as the protocol allows.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, Object content) {

        boolean from(String who) {
            return who.equals(role);
        }

        String text() {
            if (content instanceof String s) {
                return s;
            }
            StringBuilder out = new StringBuilder();
            if (content instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Map<?, ?> map && map.get("text") instanceof String text) {
                        out.append(text);
                    }
                }
            }
            return out.toString();
        }
    }

    boolean streaming() {
        return Boolean.TRUE.equals(stream);
    }

    /**
     * The index of the last user message: the question; what comes before it is the
     * history.
     */
    Optional<Integer> lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).from("user")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
