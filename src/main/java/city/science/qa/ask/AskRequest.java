package city.science.qa.ask;

import city.science.qa.web.Patterns;
import city.science.qa.web.Question;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;

/**
 * The body of {@code /api/ask} and {@code /api/chat}. Unknown fields and values of the
 * wrong JSON type are refused before this is built (strict Jackson settings in
 * {@code application.yaml}).
 *
 * @param question what is asked, in Chinese or English
 * @param conversationId the conversation it continues; left out, a new one starts
 */
public record AskRequest(
        @NotBlank(message = "The question is empty.") @Size(max = Question.MAX_CHARS,
                message = "The question is longer than {max} characters.") @Question String question,
        @Pattern(regexp = Patterns.UUID, message = "conversationId is not a UUID.") String conversationId) {

    /** The question without surrounding white space. */
    public String text() {
        return question.strip();
    }

    /** The conversation to continue, if one was named. */
    public Optional<UUID> conversation() {
        return conversationId == null || conversationId.isBlank() ? Optional.empty()
                : Optional.of(UUID.fromString(conversationId.strip()));
    }
}
