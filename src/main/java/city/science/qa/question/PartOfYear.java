package city.science.qa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private static final Pattern CHINESE = Pattern
        .compile("(上半年)|(下半年)|前([三3])季度|(?:第)?([一1])季度|前(\\d{1,2}|[二两三四五六七八九十]{1,2})个月"
                + "|(?<!\\d)(\\d{1,2})\\s*月?\\s*(?:至|到|—|–|-|～|~)\\s*(\\d{1,2})\\s*月");

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";

    private static final Pattern ENGLISH = Pattern.compile("\\b(?:(first[- ]half|H1)|(second[- ]half|H2)"
            + "|(first (?:3|three) quarters|Q1\\s*[-–]\\s*Q3)|(first quarter|Q1)|first (\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months"
            + "|(" + MONTHS + ")\\s*(?:to|through|until|-|–)\\s*(" + MONTHS + "))\\b", Pattern.CASE_INSENSITIVE);

    private static final List<String> NUMBERS = List.of("", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven");

    private static final String CHINESE_DIGITS = "零一二三四五六七八九十";

    /**
     * The part of a year a question asks about, in Chinese or English; empty for none.
     */
    public static Optional<PartOfYear> askedIn(String question) {
        List<PartOfYear> chinese = namedIn(question);
        if (!chinese.isEmpty()) {
            return Optional.of(chinese.get(0));
        }
        Matcher m = ENGLISH.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(new PartOfYear(1, 6));
        }
        if (m.group(2) != null) {
            return Optional.of(new PartOfYear(7, 12));
        }
        if (m.group(3) != null) {
            return Optional.of(new PartOfYear(1, 9));
        }
        if (m.group(4) != null) {
            return Optional.of(new PartOfYear(1, 3));
        }
        if (m.group(5) != null) {
            String n = m.group(5).toLowerCase(Locale.ROOT);
            int months = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : NUMBERS.indexOf(n);
            return months >= 1 && months <= 12 ? Optional.of(new PartOfYear(1, months)) : Optional.empty();
        }
        int from = month(m.group(6));
        int to = month(m.group(7));
        return to >= from ? Optional.of(new PartOfYear(from, to)) : Optional.empty();
    }

    /** Every part of a year a Chinese text names, in order. */
    public static List<PartOfYear> namedIn(String chinese) {
        List<PartOfYear> out = new ArrayList<>();
        Matcher m = CHINESE.matcher(chinese);
        while (m.find()) {
            of(m).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<PartOfYear> of(Matcher m) {
        if (m.group(1) != null) {
            return Optional.of(new PartOfYear(1, 6));
        }
        if (m.group(2) != null) {
            return Optional.of(new PartOfYear(7, 12));
        }
        if (m.group(3) != null) {
            return Optional.of(new PartOfYear(1, 9));
        }
        if (m.group(4) != null) {
            return Optional.of(new PartOfYear(1, 3));
        }
        if (m.group(5) != null) {
            int months = number(m.group(5));
            return months >= 1 && months <= 12 ? Optional.of(new PartOfYear(1, months)) : Optional.empty();
        }
        int from = Integer.parseInt(m.group(6));
        int to = Integer.parseInt(m.group(7));
        return from >= 1 && to <= 12 && to >= from ? Optional.of(new PartOfYear(from, to)) : Optional.empty();
    }

    private static int number(String digitsOrChinese) {
        if (digitsOrChinese.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digitsOrChinese);
        }
        // 两 is 二; 十一 is ten and one.
        String s = digitsOrChinese.replace('两', '二');
        int value = 0;
        for (char c : s.toCharArray()) {
            int digit = CHINESE_DIGITS.indexOf(c);
            value = digit == 10 ? Math.max(value, 1) * 10 : value + digit;
        }
        return value;
    }

    private static int month(String name) {
        return List.of(MONTHS.split("\\|")).indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    /** As an English answer says it: "the first half", "January to August". */
    public String english() {
        if (firstMonth == 1 && lastMonth == 6) {
            return "the first half";
        }
        if (firstMonth == 7 && lastMonth == 12) {
            return "the second half";
        }
        if (firstMonth == 1 && lastMonth == 9) {
            return "the first three quarters";
        }
        if (firstMonth == 1 && lastMonth == 3) {
            return "the first quarter";
        }
        return capitalized(firstMonth) + " to " + capitalized(lastMonth);
    }

    /** As a Chinese answer says it: 上半年, 1至8月. */
    public String chinese() {
        if (firstMonth == 1 && lastMonth == 6) {
            return "上半年";
        }
        if (firstMonth == 7 && lastMonth == 12) {
            return "下半年";
        }
        if (firstMonth == 1 && lastMonth == 9) {
            return "前三季度";
        }
        if (firstMonth == 1 && lastMonth == 3) {
            return "一季度";
        }
        return firstMonth + "至" + lastMonth + "月";
    }

    private static String capitalized(int month) {
        String name = MONTHS.split("\\|")[month - 1];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

}
