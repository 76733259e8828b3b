package city.science.qa.translation;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chinese text glossed word for word into pseudo-English: glossary names in their
 * official English, figures in English scale ({@link EnglishFigures}), every other word
 * by its first CC-CEDICT sense. Nobody reads it: it is what the English keyword index and
 * the English vectors see of a passage that has no translation yet, so that an English
 * question can find it. It is never shown as a translation.
 */
public final class Gloss {

    private static final char NAME_START = '\uE000';

    private static final char NAME_END = '\uE001';

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final ChineseEnglishDictionary dictionary;

    private final Glossary glossary;

    private final ChineseWords words;

    public Gloss(ChineseEnglishDictionary dictionary, Glossary glossary, ChineseWords words) {
        this.dictionary = dictionary;
        this.glossary = glossary;
        this.words = words;
    }

    /** The pseudo-English of a Chinese text. */
    public String of(String chinese) {
        String named = glossary.replaceChineseNames(chinese, e -> NAME_START + e.english() + NAME_END);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < named.length()) {
            int name = named.indexOf(NAME_START, at);
            String plain = named.substring(at, name < 0 ? named.length() : name);
            append(out, glossPlain(plain));
            if (name < 0) {
                break;
            }
            int end = named.indexOf(NAME_END, name);
            append(out, named.substring(name + 1, end));
            at = end + 1;
        }
        return out.toString();
    }

    /**
     * The gloss of a short phrase for a reader: empty when some word of it is not in the
     * dictionary (a character-by-character guess would mislead, 校企 → "check anticipate").
     */
    public java.util.Optional<String> exact(String chinese) {
        String named = glossary.replaceChineseNames(chinese, e -> " ");
        List<String> han = words.tokens(named).stream().filter(w -> HAN.matcher(w).find()).toList();
        // A word the segmenter could only split into characters (校|企) is a word it does
        // not
        // know; the characters' senses are not its meaning.
        boolean known = han.stream()
            .allMatch(w -> dictionary.shortSense(w).isPresent() && (han.size() == 1 || w.length() > 1));
        return known ? java.util.Optional.of(of(chinese)).filter(g -> !g.isBlank()) : java.util.Optional.empty();
    }

    /** Each sentence's gloss. */
    public List<String> of(List<String> sentences) {
        return sentences.stream().map(this::of).toList();
    }

    private String glossPlain(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (EnglishFigures.Stated figure : EnglishFigures.in(text)) {
            append(out, glossWords(text.substring(at, figure.start())));
            append(out, figure.english());
            at = figure.end();
        }
        append(out, glossWords(text.substring(at)));
        return out.toString();
    }

    private String glossWords(String text) {
        List<String> glossed = new ArrayList<>();
        for (String word : words.tokens(text)) {
            if (!HAN.matcher(word).find()) {
                glossed.add(word);
                continue;
            }
            dictionary.shortSense(word).ifPresentOrElse(glossed::add, () -> glossed.add(characters(word)));
        }
        return String.join(" ", glossed);
    }

    // A word the dictionary lacks (a rare compound) is glossed character by character.
    private String characters(String word) {
        List<String> out = new ArrayList<>();
        word.codePoints().mapToObj(Character::toString).forEach(c -> dictionary.shortSense(c).ifPresent(out::add));
        return String.join(" ", out);
    }

    private static void append(StringBuilder out, String part) {
        if (part.isBlank()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(part.strip());
    }

}
