package city.science.qa.web;

/** Regular expressions for request fields, for {@code @Pattern} constraints. */
public final class Patterns {

    /** A UUID, white space around it allowed (it is stripped). */
    public static final String UUID = "\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*";

    private Patterns() {
    }

}
