package city.science.qa.question;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which one of a series of events a question asks about: 第二次联席会议, 首届大会, "the second joint
 * meeting". The second meeting's place is not the first meeting's, though the two
 * sentences stand side by side and name the same meeting.
 *
 * @param number 1 for the first, 2 for the second…
 */
public record Ordinal(int number) {

    public Ordinal {
        if (number < 1) {
            throw new IllegalArgumentException("ordinal " + number);
        }
    }

    // The measure words of a series: meetings and sessions (次, 届), batches (批), phases
    // (期), rounds (轮).
    // A phase is numbered without 第 too (科学谷一期, 二期工程), never inside a longer number
    // or 期间 (「十四五期间」).
    private static final Pattern CHINESE = Pattern.compile("第\\s*([一二两三四五六七八九十]{1,3}|\\d{1,2})\\s*[次届批期轮]|(首)[次届批期轮]"
            + "|(?<![\\d一二三四五六七八九十两])([一二三四五六七八九]|\\d)期(?!间)");

    private static final Map<String, Integer> ENGLISH_WORDS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4),
            Map.entry("5th", 5), Map.entry("6th", 6));

    // An English ordinal binds only a word of a series within three words, English or the
    // articles' Chinese ("the second 联席会议"): "the first half" and "the first fund" are
    // no series the articles number.
    private static final Pattern ENGLISH = Pattern
        .compile("\\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)"
                + "\\s+(?:[\\w-]+\\s+){0,2}?(?:(?:joint\\s+)?(?:meeting|conference|session|round|batch|edition|phase|forum|summit)s?\\b"
                + "|\\p{IsHan}{0,6}(?:会议|大会|会|论坛|批|届|期|轮))", Pattern.CASE_INSENSITIVE);

    // "phase II", "phase 2": a phase numbered after its word.
    private static final Pattern PHASE = Pattern.compile("\\bphase\\s+(I{1,3}|IV|[1-9])\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

    /** The ordinal a question asks about, in Chinese or English; empty for none. */
    public static Optional<Ordinal> askedIn(String question) {
        List<Ordinal> chinese = namedIn(question);
        if (!chinese.isEmpty()) {
            return Optional.of(chinese.get(0));
        }
        Matcher phase = PHASE.matcher(question);
        if (phase.find()) {
            String n = phase.group(1).toLowerCase(java.util.Locale.ROOT);
            return Optional.of(new Ordinal(Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : ROMAN.get(n)));
        }
        Matcher m = ENGLISH.matcher(question);
        return m.find() ? Optional.of(new Ordinal(ENGLISH_WORDS.get(m.group(1).toLowerCase(java.util.Locale.ROOT))))
                : Optional.empty();
    }

    /** The ordinals a Chinese sentence names, in order. */
    public static List<Ordinal> namedIn(String chinese) {
        return CHINESE.matcher(chinese)
            .results()
            .mapToLong(r -> r.group(2) != null ? 1 : number(r.group(1) != null ? r.group(1) : r.group(3)))
            .filter(n -> n >= 1)
            .mapToObj(n -> new Ordinal((int) n))
            .toList();
    }

    private static long number(String written) {
        return Character.isDigit(written.charAt(0)) ? Long.parseLong(written) : ChineseNumerals.value(written);
    }

    /**
     * Whether a sentence numbers another one of the series and not this one: 「举行第一次联席会议」
     * does not tell of the second meeting; a sentence that numbers none may.
     */
    public boolean contradictedBy(String chinese) {
        List<Ordinal> named = namedIn(chinese);
        return !named.isEmpty() && !named.contains(this);
    }

}
