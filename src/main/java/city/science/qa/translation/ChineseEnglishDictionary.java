package city.science.qa.translation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * CC-CEDICT (about 115 000 simplified headwords, CC BY-SA 4.0, MDBG), read both ways: the
 * English senses of a Chinese word, and the Chinese words one of whose senses is an
 * English word or short phrase. Loaded once from the jar ({@code scripts/cedict} makes
 * the file); immutable afterwards, so one instance serves every thread.
 */
public final class ChineseEnglishDictionary {

    /** The file in the jar. */
    public static final String RESOURCE = "dictionary/cedict.tsv.gz";

    // An English sense longer than this names a description, not a word a question would
    // use.
    private static final int MAX_PHRASE_WORDS = 3;

    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\{[^}]*}");

    private static final Pattern LEADING = Pattern.compile("^(to|a|an|the|one's|sb's|sth)\\s+");

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9\\-' ]");

    private final Map<String, String[]> senses;

    private final Map<String, List<String>> chineseByEnglish;

    private ChineseEnglishDictionary(Map<String, String[]> senses, Map<String, List<String>> chineseByEnglish) {
        this.senses = senses;
        this.chineseByEnglish = chineseByEnglish;
    }

    /** The dictionary in the jar. */
    public static ChineseEnglishDictionary load() {
        try (InputStream in = ChineseEnglishDictionary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (scripts/cedict makes it)");
            }
            return read(new GZIPInputStream(in, 1 << 16));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code word<TAB>sense|sense}; {@code #} starts a comment line. */
    static ChineseEnglishDictionary read(InputStream in) throws IOException {
        Map<String, String[]> senses = new HashMap<>(1 << 18);
        Map<String, List<String>> byEnglish = new HashMap<>(1 << 19);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab <= 0) {
                continue;
            }
            String word = line.substring(0, tab);
            String[] list = line.substring(tab + 1).split("\\|");
            senses.put(word, list);
            for (int rank = 0; rank < list.length; rank++) {
                for (String phrase : phrases(list[rank])) {
                    // The rank rides in front of the word until the lists are sorted
                    // below.
                    byEnglish.computeIfAbsent(phrase, k -> new ArrayList<>(2)).add((char) Math.min(rank, 9) + word);
                }
            }
        }
        // A word whose first sense is the phrase comes before one where it is a late
        // sense.
        byEnglish.replaceAll((k, v) -> v.stream()
            .sorted()
            .map(w -> w.substring(1))
            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
            .stream()
            .toList());
        return new ChineseEnglishDictionary(Map.copyOf(senses), Map.copyOf(byEnglish));
    }

    /** How many headwords it has. */
    public int size() {
        return senses.size();
    }

    /**
     * The English senses of a Chinese word, most common first; empty when it has none.
     */
    public List<String> sensesOf(String chinese) {
        String[] s = senses.get(chinese);
        return s == null ? List.of() : Arrays.asList(s);
    }

    /**
     * The word's first sense, shortened to what a gloss needs ("company; firm" →
     * "company", "to draw up a plan" → "draw up plan").
     */
    public Optional<String> shortSense(String chinese) {
        for (String sense : sensesOf(chinese)) {
            List<String> p = phrases(sense);
            if (!p.isEmpty()) {
                return Optional.of(p.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The Chinese words with a sense that is exactly this English word or phrase, after
     * the same normalization as the senses ({@link #key}); those for which it is an early
     * sense first.
     */
    public List<String> chineseFor(String english) {
        return chineseByEnglish.getOrDefault(key(english), List.of());
    }

    /** Whether some sense is exactly this phrase. */
    public boolean hasPhrase(String english) {
        return chineseByEnglish.containsKey(key(english));
    }

    /**
     * The short English phrases a sense stands for: "company; firm; enterprise" → three;
     * brackets, a leading "to"/"a", and senses longer than three words dropped.
     */
    static List<String> phrases(String sense) {
        List<String> out = new ArrayList<>(2);
        for (String part : BRACKETS.matcher(sense.toLowerCase(Locale.ROOT)).replaceAll(" ").split("[;,/]")) {
            String p = LEADING.matcher(part.strip()).replaceFirst("");
            p = NOT_WORD.matcher(p).replaceAll(" ").strip().replaceAll("\\s+", " ");
            if (!p.isEmpty() && p.split(" ").length <= MAX_PHRASE_WORDS) {
                out.add(key(p));
            }
        }
        return out;
    }

    /** Lower case, each word reduced to its singular form. */
    public static String key(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(singular(w));
        }
        return out.toString();
    }

    // Enough English morphology to meet a dictionary sense: plurals only. "-ed" and
    // "-ing"
    // would make more wrong words (need → ne) than they find.
    static String singular(String w) {
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Words of a text that the dictionary holds, for tests and statistics. */
    Set<String> headwords() {
        return senses.keySet();
    }

}
