package city.science.qa.answer;

import city.science.qa.search.Language;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** A source's publication date as an answer says it: "December 2020", 「2020年12月」. */
final class Dates {

    private Dates() {
    }

    /** {@code 2020-12} → "December 2020" / 2020年12月; {@code 2026} → "2026" / 2026年. */
    static String asOf(String published, Language language) {
        String[] parts = published.split("-");
        boolean withMonth = parts.length >= 2 && parts[1].matches("\\d{1,2}");
        if (language == Language.EN) {
            return withMonth ? Month.of(Integer.parseInt(parts[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + parts[0] : parts[0];
        }
        return parts[0] + "年" + (withMonth ? Integer.parseInt(parts[1]) + "月" : "");
    }

}
