package city.science.qa.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bilingual glossary ({@code corpus/glossary.tsv}): the corpus's institutions, zones,
 * programmes and slogans with their official English names and common variants. It
 * translates the names in a query both ways, so an English question can search the
 * Chinese text and a Chinese one the English.
 */
public final class Glossary {

    /**
     * One glossary line: the Chinese forms (the first is canonical), the English name and
     * variants.
     */
    public record Entry(List<String> chinese, String english, List<String> variants, String kind) {

        public String canonicalChinese() {
            return chinese.get(0);
        }
    }

    private record EnglishForm(Pattern pattern, Entry entry, int length) {
    }

    private final List<Entry> entries;

    private final List<EnglishForm> englishForms;

    private final List<String> chineseForms;

    public Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        List<EnglishForm> forms = new ArrayList<>();
        for (Entry e : entries) {
            List<String> all = new ArrayList<>(e.variants());
            all.add(0, e.english());
            for (String form : all) {
                String f = form.replace("\"", "").strip();
                if (f.length() >= 2) {
                    forms.add(new EnglishForm(Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(f.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])"),
                            e, f.length()));
                }
            }
        }
        forms.sort(Comparator.comparingInt(EnglishForm::length).reversed());
        this.englishForms = List.copyOf(forms);
        this.chineseForms = entries.stream()
            .flatMap(e -> e.chinese().stream())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    }

    public static Glossary load(Path file) {
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IllegalArgumentException("glossary line needs Chinese and English: " + line);
                }
                entries.add(new Entry(split(cols[0]), cols[1].strip(), cols.length > 2 ? split(cols[2]) : List.of(),
                        cols.length > 3 ? cols[3].strip() : ""));
            }
            return new Glossary(entries);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary " + file, e);
        }
    }

    private static List<String> split(String cell) {
        return java.util.Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The entries an English text names, longest name first, each text span used once:
     * "Western (Chongqing) Science City" is one entry, not also "Science City".
     */
    public List<Entry> foundInEnglish(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] used = new boolean[lower.length()];
        Set<Entry> found = new LinkedHashSet<>();
        for (EnglishForm form : englishForms) {
            Matcher m = form.pattern().matcher(lower);
            while (m.find()) {
                if (!anyUsed(used, m.start(), m.end())) {
                    java.util.Arrays.fill(used, m.start(), m.end(), true);
                    found.add(form.entry());
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The entries a Chinese text names, in the order they appear; the longest form wins a
     * span.
     */
    public List<Entry> foundInChinese(String text) {
        boolean[] used = new boolean[text.length()];
        java.util.TreeMap<Integer, Entry> found = new java.util.TreeMap<>();
        for (String form : chineseForms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                if (!anyUsed(used, at, at + form.length())) {
                    java.util.Arrays.fill(used, at, at + form.length(), true);
                    found.put(at, entryOf(form));
                }
            }
        }
        return found.values().stream().distinct().toList();
    }

    /**
     * Every Chinese form of the entry a form belongs to; just the form when no entry has
     * it.
     */
    public List<String> formsOf(String chinese) {
        return entries.stream()
            .filter(e -> e.chinese().contains(chinese))
            .findFirst()
            .map(Entry::chinese)
            .orElse(List.of(chinese));
    }

    private Entry entryOf(String chinese) {
        return entries.stream().filter(e -> e.chinese().contains(chinese)).findFirst().orElseThrow();
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

}
