package city.science.qa.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures in Chinese or English text, normalized so that the same quantity meets itself
 * in either language and any notation: 3,141.9 = 3141.9; 3141.9亿 = 314.19 billion =
 * 314,190,000,000; 1.5万 = 15,000; 40% = 百分之四十. Used to match figures in search and to
 * check that every figure in an answer stands in its sources.
 */
public final class Figures {

    /**
     * A figure: its canonical value, whether it is a percentage, and the text it was read
     * from.
     */
    public record Figure(BigDecimal value, boolean percent, String text) {

        /**
         * A token that stands for this figure in the keyword index, the same for every
         * notation.
         */
        public String token() {
            return (percent ? "figp" : "fign")
                    + value.stripTrailingZeros().toPlainString().replace('.', 'd').replace('-', 'm');
        }

        public boolean sameAs(Figure other) {
            return percent == other.percent && value.compareTo(other.value) == 0;
        }
    }

    private static final String DIGITS = "[0-9][0-9,，]*(?:\\.[0-9]+)?";

    private static final Pattern ARABIC = Pattern.compile("(?<![0-9.])(" + DIGITS + ")\\s*(%|％|万亿|亿|万|千|百|"
            + "(?i:trillion|billion|million|thousand|per\\s*cent|percent)(?![a-z]))?");

    private static final Pattern CHINESE_PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百点]+)");

    private static final Pattern CHINESE_NUMBER = Pattern.compile("([零〇一二两三四五六七八九十百千]+)(万亿|亿|万)");

    private Figures() {
    }

    public static List<Figure> in(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = ARABIC.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(",", "").replace("，", "");
            if (digits.isEmpty() || digits.endsWith(".")) {
                continue;
            }
            // A year or a day is not a quantity to convert, but it is still a figure to
            // match as written.
            BigDecimal value = new BigDecimal(digits);
            String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
            boolean percent = unit.equals("%") || unit.equals("％") || unit.equals("percent") || unit.equals("percent");
            out.add(new Figure(percent ? value : value.multiply(scale(unit)), percent, m.group().strip()));
        }
        Matcher p = CHINESE_PERCENT.matcher(text);
        while (p.find()) {
            BigDecimal v = chineseNumber(p.group(1));
            if (v != null) {
                out.add(new Figure(v, true, p.group()));
            }
        }
        Matcher c = CHINESE_NUMBER.matcher(text);
        while (c.find()) {
            BigDecimal v = chineseNumber(c.group(1));
            if (v != null) {
                out.add(new Figure(v.multiply(scale(c.group(2))), false, c.group()));
            }
        }
        return out;
    }

    private static BigDecimal scale(String unit) {
        return switch (unit) {
            case "万亿", "trillion" -> new BigDecimal("1000000000000");
            case "亿" -> new BigDecimal("100000000");
            case "billion" -> new BigDecimal("1000000000");
            case "million" -> new BigDecimal("1000000");
            case "万" -> new BigDecimal("10000");
            case "千", "thousand" -> new BigDecimal("1000");
            case "百" -> new BigDecimal("100");
            default -> BigDecimal.ONE;
        };
    }

    /** 四十 → 40, 一百二十 → 120, 三点五 → 3.5; null when it is not a number. */
    static BigDecimal chineseNumber(String s) {
        String[] parts = s.split("点", 2);
        long whole = 0;
        long section = 0;
        int digit = -1;
        for (char ch : parts[0].toCharArray()) {
            int d = "零〇一二三四五六七八九".indexOf(ch);
            if (ch == '两') {
                d = 2;
            }
            else if (d >= 2) {
                d = d - 1;
            }
            else if (d == 1) {
                d = 0;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (unit == 0) {
                return null;
            }
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        whole += section + Math.max(digit, 0);
        BigDecimal value = BigDecimal.valueOf(whole);
        if (parts.length == 2) {
            StringBuilder frac = new StringBuilder();
            for (char ch : parts[1].toCharArray()) {
                int d = "零一二三四五六七八九".indexOf(ch);
                if (d < 0) {
                    return null;
                }
                frac.append(d);
            }
            value = new BigDecimal(whole + "." + frac);
        }
        return value;
    }

}
