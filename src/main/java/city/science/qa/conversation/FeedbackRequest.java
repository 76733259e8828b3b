package city.science.qa.conversation;

import city.science.qa.web.Patterns;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The body of {@code POST /api/feedback}.
 *
 * @param turn the answer's number in its conversation, from 1
 * @param comment optional, at most 2 000 characters
 */
public record FeedbackRequest(
        @NotBlank(message = "conversationId is required.") @Pattern(regexp = Patterns.UUID,
                message = "conversationId is not a UUID.") String conversationId,
        @NotNull(message = "turn must be the answer's number, from 1.") @Min(value = 1,
                message = "turn must be the answer's number, from 1.") Integer turn,
        @NotNull(message = "rating must be \"up\" or \"down\".") Rating rating,
        @Size(max = 2000, message = "The comment is longer than {max} characters.") String comment) {

    UUID conversation() {
        return java.util.UUID.fromString(conversationId.strip());
    }

    String commentText() {
        return comment == null ? "" : comment.strip();
    }
}
