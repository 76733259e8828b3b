package city.science.qa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [n]} citation markers of an answer: one reading for the checker and for the
 * model's answers.
 */
public final class Markers {

    // Six digits at most: a model that writes [99999999999] makes an unknown marker, not
    // an overflow.
    public static final Pattern MARKER = Pattern.compile("\\[(\\d{1,6})]");

    private Markers() {
    }

    /** Every marker's number, in order, repeats included. */
    public static List<Integer> in(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /**
     * The text with its markers blanked out, so that "[2]" is not read as the figure 2.
     */
    public static String removed(String text) {
        return MARKER.matcher(text).replaceAll(" ");
    }

}
