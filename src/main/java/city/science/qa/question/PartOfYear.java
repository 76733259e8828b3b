package city.science.qa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months of a year a figure is reported for: 上半年, 「前三季度」, 1至8月, "H1", "the first
 * three quarters". An investor who asks for the first three quarters is not answered by
 * the first half, however close the figure.
 *
 * @param firstMonth the first month, 1 to 12
 * @param lastMonth the last month, from the first to 12
 */
public record PartOfYear(int firstMonth, int lastMonth) {

    public PartOfYear {
        if (firstMonth < 1 || lastMonth > 12 || lastMonth < firstMonth) {
            throw new IllegalArgumentException("months " + firstMonth + " to " + lastMonth);
        }
    }

    // Each pattern's groups 1 to 4 are the parts with a name of their own, in this order;
    // group 5 counts the months from January; groups 6 and 7 are the first and last
    // month.
    private static final Pattern CHINESE = Pattern
        .compile("(上半年)|(下半年)|前([三3])季度|(?:第)?([一1])季度|前(\\d{1,2}|[二两三四五六七八九十]{1,2})个月"
                + "|(?<!\\d)(\\d{1,2})\\s*月?\\s*(?:至|到|—|–|-|～|~)\\s*(\\d{1,2})\\s*月");

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";

    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:(first[- ]half|H1)|(second[- ]half|H2)"
                    + "|(first (?:3|three) quarters|Q1\\s*[-–]\\s*Q3)|(first quarter|Q1)|first (\\d{1,2}|[a-z]+) months"
                    + "|(" + MONTHS + ")\\s*(?:to|through|until|-|–)\\s*(" + MONTHS + "))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<PartOfYear> NAMED = List.of(new PartOfYear(1, 6), new PartOfYear(7, 12),
            new PartOfYear(1, 9), new PartOfYear(1, 3));

    private static final List<String> NAMED_ENGLISH = List.of("the first half", "the second half",
            "the first three quarters", "the first quarter");

    private static final List<String> NAMED_CHINESE = List.of("上半年", "下半年", "前三季度", "一季度");

    /**
     * The part of a year a question asks about, in Chinese or English; empty for none.
     */
    public static Optional<PartOfYear> askedIn(String question) {
        List<PartOfYear> chinese = namedIn(question);
        if (!chinese.isEmpty()) {
            return Optional.of(chinese.get(0));
        }
        Matcher m = ENGLISH.matcher(question);
        return m.find() ? read(m, EnglishNumerals::value, PartOfYear::month) : Optional.empty();
    }

    /** Every part of a year a Chinese text names, in order. */
    public static List<PartOfYear> namedIn(String chinese) {
        List<PartOfYear> out = new ArrayList<>();
        Matcher m = CHINESE.matcher(chinese);
        while (m.find()) {
            read(m, n -> (int) ChineseNumerals.value(n), Integer::parseInt).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<PartOfYear> read(Matcher m, ToIntFunction<String> numberWord, ToIntFunction<String> month) {
        for (int group = 1; group <= NAMED.size(); group++) {
            if (m.group(group) != null) {
                return Optional.of(NAMED.get(group - 1));
            }
        }
        if (m.group(5) != null) {
            String n = m.group(5);
            return months(1, n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : numberWord.applyAsInt(n));
        }
        return months(month.applyAsInt(m.group(6)), month.applyAsInt(m.group(7)));
    }

    private static Optional<PartOfYear> months(int first, int last) {
        return first >= 1 && last <= 12 && last >= first ? Optional.of(new PartOfYear(first, last)) : Optional.empty();
    }

    private static int month(String name) {
        return List.of(MONTHS.split("\\|")).indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    /** As an English answer says it: "the first half", "January to August". */
    public String english() {
        int named = NAMED.indexOf(this);
        return named >= 0 ? NAMED_ENGLISH.get(named) : capitalized(firstMonth) + " to " + capitalized(lastMonth);
    }

    /** As a Chinese answer says it: 上半年, 1至8月. */
    public String chinese() {
        int named = NAMED.indexOf(this);
        return named >= 0 ? NAMED_CHINESE.get(named) : firstMonth + "至" + lastMonth + "月";
    }

    private static String capitalized(int month) {
        String name = MONTHS.split("\\|")[month - 1];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

}
