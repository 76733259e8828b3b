package city.science.qa.publishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A raw news page, pasted or read from a {@code .txt} file by the staff page.
 *
 * @param id the article id to give it; blank: one is made from the date and the text
 */
record DraftRequest(
        @NotBlank(message = "Paste the article's text first.") @Size(max = PublishRequest.MAX_TEXT,
                message = "The text is longer than " + PublishRequest.MAX_TEXT
                        + " characters: paste one article.") String text,
        @Pattern(regexp = "|" + PublishRequest.ID, message = PublishRequest.ID_RULE) String id) {

    DraftRequest {
        id = id == null ? "" : id.strip();
    }

}
