package city.science.qa.translation;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese characters read in plain letters, as English reports spell Chinese names
 * ("Bishan" for 璧山): no tones, no marks, a character of several readings read every way.
 */
public final class Pinyin {

    private static final Map<Character, List<String>> READINGS = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    /** A character's readings without tones, in plain letters (lǚ → lu). */
    public static List<String> readingsOf(char c) {
        return READINGS.computeIfAbsent(c, k -> {
            Set<String> out = new LinkedHashSet<>();
            for (String reading : PinyinHelper.toPinyinList(k, PinyinStyleEnum.NORMAL)) {
                String plain = Normalizer.normalize(reading.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
                if (!plain.isEmpty() && plain.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                    out.add(plain);
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * Whether the characters, one reading each, spell the word exactly (璧山 spells
     * "bishan"; case, spaces and hyphens aside).
     */
    public static boolean spells(String chinese, String word) {
        return spells(chinese, 0, word.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-']", ""), 0);
    }

    private static boolean spells(String chinese, int at, String word, int from) {
        if (at == chinese.length()) {
            return from == word.length();
        }
        for (String reading : readingsOf(chinese.charAt(at))) {
            if (word.startsWith(reading, from) && spells(chinese, at + 1, word, from + reading.length())) {
                return true;
            }
        }
        return false;
    }

}
