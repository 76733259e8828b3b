package city.science.qa.question;

import city.science.qa.search.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The everyday words people use for the corpus's terms ({@code corpus/lexicon.tsv}):
 * function words that are replaced (咋 → 怎么), and nouns whose corpus words are searched
 * beside them (芯片 → 集成电路, "revenue" → income, 收入). General vocabulary, not answers.
 */
public final class Lexicon {

    /** What a lexicon entry does with a form it finds. */
    enum Use {

        /** The form is replaced by the corpus word. */
        REPLACE,

        /** The corpus words are searched beside the form. */
        EXPAND

    }

    private record Entry(Language language, Use use, Pattern forms, List<String> words) {
    }

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The lexicon in a corpus folder; none (no everyday words mapped) when the folder has
     * no lexicon.
     */
    public static Lexicon load(Path file) {
        if (!Files.exists(file)) {
            return new Lexicon(List.of());
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IllegalArgumentException("lexicon line needs 4 tab-separated columns: " + line);
                }
                Language language = Language.ofCode(cols[0]);
                // Whole words in English, also between Chinese characters (「的revenue累计」);
                // Chinese has no word boundaries to respect.
                String forms = language == Language.EN ? "(?i)(?<![A-Za-z])(?:" + cols[2] + ")(?![A-Za-z])"
                        : "(?:" + cols[2] + ")";
                entries.add(new Entry(language, Use.valueOf(cols[1].strip().toUpperCase(java.util.Locale.ROOT)),
                        Pattern.compile(forms), List.of(cols[3].strip().split("\\|"))));
            }
            return new Lexicon(entries);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }

    /**
     * The question with its function words replaced, and for each everyday noun found,
     * the corpus words to search beside it.
     */
    Applied apply(String text, Language language) {
        String out = text;
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        // Only a Chinese question with Latin letters has English words to look up.
        boolean latin = language == Language.ZH && LATIN.matcher(text).find();
        boolean han = language == Language.EN && Language.hasHan(text);
        for (Entry e : entries) {
            // Chinese words in an English question are spoken Chinese too: 规上 is 规模以上
            // there as well, but only inside the Chinese words ("high-tech" stays
            // English).
            if (han && e.language() == Language.ZH && e.use() == Use.REPLACE) {
                out = inChineseWords(out, e);
                continue;
            }
            // English words in a Chinese question are everyday English too: they get the
            // corpus's Chinese words the English entries give them ("revenue" → 收入).
            boolean pasted = latin && e.language() == Language.EN && e.use() == Use.EXPAND;
            if (e.language() != language && !pasted) {
                continue;
            }
            Matcher m = e.forms().matcher(out);
            if (e.use() == Use.REPLACE) {
                out = m.replaceAll(Matcher.quoteReplacement(e.words().get(0)));
                continue;
            }
            while (m.find()) {
                List<String> words = e.words()
                    .stream()
                    .filter(w -> !w.equalsIgnoreCase(m.group()) && (!pasted || Language.hasHan(w)))
                    .toList();
                if (!words.isEmpty()) {
                    alternatives.merge(m.group(), words, (a, b) -> a);
                }
            }
        }
        return new Applied(out, alternatives);
    }

    /**
     * The Chinese words of a text with their spoken forms replaced (软体 → 软件), the rest as
     * it is: the Chinese an English question quotes is searched as the articles write it.
     */
    String inChineseWords(String text) {
        String out = text;
        for (Entry e : entries) {
            if (e.language() == Language.ZH && e.use() == Use.REPLACE) {
                out = inChineseWords(out, e);
            }
        }
        return out;
    }

    private static String inChineseWords(String text, Entry e) {
        return HAN_RUN.matcher(text)
            .replaceAll(run -> Matcher.quoteReplacement(
                    e.forms().matcher(run.group()).replaceAll(Matcher.quoteReplacement(e.words().get(0)))));
    }

    /**
     * What the lexicon made of a question.
     *
     * @param alternatives for each everyday word found, the corpus words that mean it
     */
    record Applied(String text, Map<String, List<String>> alternatives) {
    }

}
