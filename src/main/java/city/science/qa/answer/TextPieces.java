package city.science.qa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a finished text into stream pieces, after punctuation and citation markers, never
 * inside a marker.
 */
public final class TextPieces {

    private static final Pattern PIECE = Pattern.compile("[^，。；：！？,;:!?\\[]*(?:[，。；：！？,;:!?]\\s*|\\[\\d+]\\s*)?");

    private TextPieces() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find() && m.start() < text.length()) {
            if (!m.group().isEmpty()) {
                out.add(m.group());
            }
            else if (m.end() < text.length()) {
                out.add(String.valueOf(text.charAt(m.end())));
            }
        }
        return out;
    }

}
