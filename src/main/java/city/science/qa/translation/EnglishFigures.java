package city.science.qa.translation;

import city.science.qa.corpus.Figures;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese figure said exactly in English: 3141.9亿元 → "314.19 billion yuan", 154万平方米 →
 * "1.54 million square metres", 40% → "40%". Only the scale and the unit are converted;
 * the digits are the source's.
 */
public final class EnglishFigures {

    /**
     * A figure in a Chinese text and what follows it.
     *
     * @param chinese the figure with its unit as printed ("3141.9亿元")
     * @param english the same in English ("314.19 billion yuan")
     * @param start where it starts in the text
     * @param counts whether its unit is a measure word (家, 所, 个): the noun it counts
     * follows
     */
    public record Stated(String chinese, String english, int start, int end, boolean counts) {
    }

    private static final BigDecimal TRILLION = new BigDecimal("1000000000000");

    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    // A figure and the unit printed after it. Digits are possessive, so 2025年 is not read
    // as
    // 202; a date (2021年, 8月, 11日) and a range's or fraction's ends (1至8月, 1/10) are not
    // quantities.
    /** Units that count things (家, 所, 个…): the counted noun follows them. */
    static final Pattern MEASURE_WORD = Pattern.compile("家|所|个|项|条|座|台|件|套|批|种|款|位|名");

    private static final Pattern FIGURE = Pattern
        .compile("(?<![0-9.／/])([0-9][0-9,，]*+(?:\\.[0-9]+)?+|[一二两三四五六七八九十百千]+(?=万亿|亿|万))\\s*(万亿|亿|万|千)?(?:余|多)?"
                + "(%|％|美元|元|平方公里|平方千米|平方米|亩|个工作日|人次|家|所|个|项|名|人|条|座|辆|台|件|倍|吨|套|批|种|款|位|天)?"
                + "(?![0-9年月日号至—\\-~/／])");

    private EnglishFigures() {
    }

    /**
     * Every quantity in a Chinese sentence, in order; years, months and days left out.
     */
    public static List<Stated> in(String chinese) {
        java.util.ArrayList<Stated> out = new java.util.ArrayList<>();
        Matcher m = FIGURE.matcher(chinese);
        while (m.find()) {
            String scale = m.group(2) == null ? "" : m.group(2);
            String unit = m.group(3) == null ? "" : m.group(3);
            if (scale.isEmpty() && unit.isEmpty() && looksLikeYear(m.group(1))) {
                continue;
            }
            String printed = m.group().strip();
            String qualifier = qualifier(chinese.substring(0, m.start()),
                    printed.contains("余") || printed.contains("多"), chinese.substring(m.end()));
            // A percentage keeps its digits as printed (9.0%, not 9%).
            value(m.group(1), scale).ifPresent(v -> out.add(new Stated(printed,
                    qualifier + (unit.equals("%") || unit.equals("％") ? m.group(1) + "%" : english(v, unit)), m.start(),
                    m.start() + printed.length(), MEASURE_WORD.matcher(unit).matches())));
        }
        return out;
    }

    // 超/超过/逾 before or 余/多 after: more than; 近/将近: nearly; 约 before or 左右 after:
    // about. An investor must not read "over 40%" as "40%".
    private static String qualifier(String before, boolean more, String after) {
        if (more || before.endsWith("超") || before.endsWith("超过") || before.endsWith("逾") || before.endsWith("以上")) {
            return "more than ";
        }
        if (before.endsWith("近") || before.endsWith("将近")) {
            return "nearly ";
        }
        if (before.endsWith("约") || before.endsWith("大约") || after.startsWith("左右")) {
            return "about ";
        }
        if (after.startsWith("以上")) {
            return "at least ";
        }
        return "";
    }

    private static boolean looksLikeYear(String digits) {
        return digits.matches("(19|20)\\d\\d");
    }

    private static Optional<BigDecimal> value(String number, String scale) {
        List<Figures.Figure> figures = Figures.in(number + scale);
        return figures.isEmpty() ? Optional.empty() : Optional.of(figures.get(0).value());
    }

    /** The value in English words of scale, with the unit's English name. */
    static String english(BigDecimal value, String unit) {
        // A measure word (家, 所, 个, 项…) has no English of its own: the figure stands bare
        // and
        // the Chinese as printed goes beside it.
        String u = switch (unit) {
            case "%", "％" -> "%";
            case "元" -> " yuan";
            case "美元" -> " US dollars";
            case "平方公里", "平方千米" -> " square kilometres";
            case "平方米" -> " square metres";
            case "亩" -> " mu";
            case "名", "人" -> " people";
            case "人次" -> " person-times";
            case "辆" -> " vehicles";
            case "倍" -> " times";
            case "吨" -> " tonnes";
            case "天" -> " days";
            case "个工作日" -> " working days";
            default -> "";
        };
        return u.equals("%") ? plain(value) + "%" : amount(value) + u;
    }

    /** 314190000000 → "314.19 billion", 1540000 → "1.54 million", 16963 → "16,963". */
    public static String amount(BigDecimal v) {
        if (v.abs().compareTo(TRILLION) >= 0) {
            return plain(v.divide(TRILLION)) + " trillion";
        }
        if (v.abs().compareTo(BILLION) >= 0) {
            return plain(v.divide(BILLION)) + " billion";
        }
        if (v.abs().compareTo(MILLION) >= 0) {
            return plain(v.divide(MILLION)) + " million";
        }
        if (v.abs().compareTo(new BigDecimal("10000")) >= 0) {
            DecimalFormat grouped = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return grouped.format(v);
        }
        return plain(v);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

}
