package city.science.qa.publishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article as staff publish it, after editing the draft.
 *
 * @param published the publication date as precisely as known: {@code 2024},
 * {@code 2024-05} or {@code 2024-05-20}; blank when unknown
 * @param body paragraphs separated by blank lines, {@code ## } lines open sections
 * @param replace whether an article of this id may be replaced (or a withdrawn one
 * published again); without it a taken id is refused
 */
record PublishRequest(@NotBlank(message = ID_RULE) @Pattern(regexp = ID, message = ID_RULE) String id,
        @NotBlank(message = "The article needs a title.") @Size(max = 300,
                message = "The title is longer than 300 characters.") String title,
        @Pattern(regexp = "|\\d{4}(-\\d{2}(-\\d{2})?)?",
                message = "published is a date: 2024, 2024-05 or 2024-05-20, or blank.") String published,
        @Size(max = 300, message = "The source is longer than 300 characters.") String source,
        @NotBlank(message = "The article has no paragraphs.") @Size(max = MAX_TEXT,
                message = "The article is longer than " + MAX_TEXT + " characters.") String body,
        boolean replace) {

    /** Article ids are file names too ({@code corpus/articles/<id>.md}). */
    static final String ID = "[a-z0-9][a-z0-9-]{1,78}[a-z0-9]";

    static final String ID_RULE = "An article id is 3 to 80 lower-case letters, digits and hyphens, "
            + "starting and ending with a letter or digit.";

    /**
     * A long news page is some 10 000 characters; six times that is not one article. In
     * UTF-8 it stays within the 256 KB any request body may have.
     */
    static final int MAX_TEXT = 60_000;

    PublishRequest {
        published = published == null ? "" : published.strip();
        source = source == null ? "" : source.strip();
        title = title == null ? null : title.strip();
    }

}
