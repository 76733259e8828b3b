package city.science.qa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese numerals that count something become digits, as the articles write them: 十四所 →
 * 14所, 一百八十九名 → 189名, 两千亿 → 2000亿. Names that contain numerals (一带一路, 六区一高地, 五个百亿级) are
 * left alone: a single numeral is converted only before a measure word that counts.
 */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private static final Pattern COMPOUND = Pattern.compile(
            "(?=[零〇一二两三四五六七八九十百千]*[一二两三四五六七八九]|十)[零〇一二两三四五六七八九十百千]*[十百千][零〇一二两三四五六七八九十百千]*(?=[所家个名位项条座栋年岁人次倍亿万平天月%])");

    private static final Pattern SINGLE = Pattern.compile("(?<![零〇一二两三四五六七八九十百千])[一二两三四五六七八九](?=[所家名位项条])");

    private ChineseNumerals() {
    }

    static String toDigits(String text) {
        return replace(SINGLE, replace(COMPOUND, text));
    }

    private static String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long value = value(m.group());
            m.appendReplacement(out, value < 0 ? m.group() : String.valueOf(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value of a numeral below ten thousand, or -1 when it is not one (十十). */
    static long value(String numeral) {
        long total = 0;
        long digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = (c == '零') ? 0 : (c == '两') ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return -1;
                }
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                default -> 1000;
            };
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

}
