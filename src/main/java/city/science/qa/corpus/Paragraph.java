package city.science.qa.corpus;

/**
 * One paragraph of an article body, with the heading of the section it stands in ("" for
 * the lead).
 *
 * @param id stable id inside its article, e.g. {@code p07}; translations align on it
 */
public record Paragraph(String id, String section, String text) {
}
