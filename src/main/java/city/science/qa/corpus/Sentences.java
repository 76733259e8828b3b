package city.science.qa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Chinese and English text into sentences, keeping each sentence's closing quotes
 * with it.
 */
public final class Sentences {

    private static final Pattern CHINESE_END = Pattern.compile("[^。！？!?…]*(?:[。！？!?…]+[”’」』)）]*|$)");

    private static final Pattern ENGLISH_END = Pattern
        .compile("(?<!\\b(?:No|Mr|Ms|Mrs|Dr|St|vs)\\.)(?<=[.!?…][\"”’)]?)\\s+(?=[\"“(]?[A-Z0-9])");

    private Sentences() {
    }

    public static List<String> chinese(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CHINESE_END.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            if (m.end() >= text.length()) {
                break;
            }
        }
        return out;
    }

    public static List<String> english(String text) {
        List<String> out = new ArrayList<>();
        for (String s : ENGLISH_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * A passage's sentences and, where its translation is aligned sentence for sentence
     * (as every curated translation is), the English of each. The one place that decides
     * alignment.
     */
    public static Aligned aligned(String chinese, String english) {
        List<String> zh = chinese(chinese);
        List<String> en = english == null ? List.of() : english(english);
        return new Aligned(zh, en.size() == zh.size() ? en : List.of());
    }

    /**
     * Sentences of a passage.
     *
     * @param english one per Chinese sentence, in the same order; empty when there is no
     * aligned translation
     */
    public record Aligned(List<String> chinese, List<String> english) {

        public Aligned {
            chinese = List.copyOf(chinese);
            english = List.copyOf(english);
        }

        public boolean isAligned() {
            return !english.isEmpty();
        }

        /** The English of the i-th Chinese sentence, when aligned. */
        public java.util.Optional<String> englishAt(int i) {
            return isAligned() ? java.util.Optional.of(english.get(i)) : java.util.Optional.empty();
        }

        /** The English of a Chinese sentence of this passage, when aligned. */
        public java.util.Optional<String> englishOf(String chineseSentence) {
            int at = chinese.indexOf(chineseSentence);
            return at < 0 ? java.util.Optional.empty() : englishAt(at);
        }
    }

}
