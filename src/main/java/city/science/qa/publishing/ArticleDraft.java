package city.science.qa.publishing;

import java.util.List;

/**
 * An article as the staff page edits it: the importer's reading of a pasted page, or a
 * published article about to be replaced.
 *
 * @param body the paragraphs, one block each, separated by blank lines; a line starting
 * with {@code ## } opens a section
 * @param notes what the importer could not settle and a person should check
 * @param taken whether an article of this id exists (publishing then means replacing it)
 */
public record ArticleDraft(String id, String title, String published, String publishedBasis, String source, String body,
        List<String> notes, boolean taken) {
}
