package city.science.qa.question;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English number words that count a span of time become digits, as the articles and their
 * translations print them ("the next five years" → "the next 5 years"). Only before a
 * unit of time: elsewhere a number word may belong to a name ("Six Zones and One
 * Highland").
 */
final class EnglishNumerals {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("fifty", 50));

    private static final Pattern OF_TIME = Pattern.compile(
            "\\b(" + String.join("|", WORDS.keySet()) + ")(?=[\\s-]+(years?|months?|weeks?|days?|quarters?)\\b)",
            Pattern.CASE_INSENSITIVE);

    private EnglishNumerals() {
    }

    /** The value of a number word ("eight" → 8), or -1 when it is not one. */
    static int value(String word) {
        return WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), -1);
    }

    static String toDigits(String text) {
        Matcher m = OF_TIME.matcher(text);
        return m.replaceAll(r -> String.valueOf(WORDS.get(r.group(1).toLowerCase(Locale.ROOT))));
    }

}
