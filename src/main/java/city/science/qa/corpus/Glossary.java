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

        /** Glossary kinds that name what a question is about, not what it asks of it. */
        private static final Set<String> SUBJECT_KINDS = Set.of("home", "zone", "place", "institution", "park",
                "facility", "company", "person");

        public String canonicalChinese() {
            return chinese.get(0);
        }

        /** Kinds naming one particular thing, which an answer must then be about. */
        private static final Set<String> ONE_THING_KINDS = Set.of("institution", "park", "facility", "company");

        /** Whether this names one particular thing (金凤实验室, 光大人工智能产业基地). */
        public boolean namesOneThing() {
            return ONE_THING_KINDS.contains(kind);
        }

        /**
         * Whether this names the corpus's own subject (the Science City), which every
         * article is about: it tells no passage from another.
         */
        public boolean namesHome() {
            return "home".equals(kind);
        }

        /**
         * Whether this names what a question is about (科学城, 金凤实验室), not what it asks of
         * it (高新技术企业, 规划面积).
         */
        public boolean namesASubject() {
            return SUBJECT_KINDS.contains(kind);
        }
    }

    /**
     * An English name's pattern, with its first word in lower case: a text without that
     * word is passed over without running the pattern (a question is read for names
     * several times, against every form).
     */
    private record EnglishForm(Pattern pattern, String firstWord, Entry entry, int length) {
    }

    private final List<Entry> entries;

    private final List<EnglishForm> englishForms;

    private final List<String> chineseForms;

    private final java.util.Map<String, Entry> byChineseForm;

    public Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        // Answers look a form up for every sentence they read: once, not by a scan.
        java.util.Map<String, Entry> byForm = new java.util.HashMap<>();
        for (Entry e : this.entries) {
            e.chinese().forEach(form -> byForm.putIfAbsent(form, e));
        }
        this.byChineseForm = java.util.Map.copyOf(byForm);
        List<EnglishForm> forms = new ArrayList<>();
        for (Entry e : entries) {
            List<String> all = new ArrayList<>(e.variants());
            all.add(0, e.english());
            for (String form : all) {
                String f = form.replace("\"", "").strip();
                if (f.length() >= 2) {
                    // Bounded by Latin letters and digits only: in "University
                    // Town有多少所高校"
                    // the Chinese character right after the name does not hide it.
                    // Words may be quoted apart in a question: 'the "four new" goals'.
                    String words = String.join("[\"“”]?\\s+[\"“”]?",
                            java.util.Arrays.stream(f.split("\\s+")).map(Pattern::quote).toList());
                    forms.add(new EnglishForm(
                            Pattern.compile("(?<![\\p{IsLatin}\\p{N}])" + words + "(?![\\p{IsLatin}\\p{N}])",
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                            f.split("\\s+")[0].toLowerCase(Locale.ROOT), e, f.length()));
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
        return namesInEnglish(text).stream().map(Name::entry).distinct().toList();
    }

    /** A name of the glossary where it stands in a text. */
    public record Name(int start, int end, Entry entry) {
    }

    /** The English names in a text, longest first, each span used once. */
    public List<Name> namesInEnglish(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] used = new boolean[text.length()];
        List<Name> found = new ArrayList<>();
        for (EnglishForm form : englishForms) {
            if (!lower.contains(form.firstWord())) {
                continue;
            }
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                if (!anyUsed(used, m.start(), m.end())) {
                    java.util.Arrays.fill(used, m.start(), m.end(), true);
                    found.add(new Name(m.start(), m.end(), form.entry()));
                }
            }
        }
        return found;
    }

    /** The Chinese names in a text, in order, the longest form winning a span. */
    public List<Name> namesInChinese(String text) {
        boolean[] used = new boolean[text.length()];
        java.util.TreeMap<Integer, Name> found = new java.util.TreeMap<>();
        for (String form : chineseForms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                if (!anyUsed(used, at, at + form.length())) {
                    java.util.Arrays.fill(used, at, at + form.length(), true);
                    found.put(at, new Name(at, at + form.length(), entryOf(form)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The text with every English name the glossary finds replaced by what {@code by}
     * gives for its entry.
     */
    public String replaceEnglishNames(String text, java.util.function.Function<Entry, String> by) {
        return replace(text, namesInEnglish(text), by);
    }

    /**
     * The text with every Chinese name the glossary finds replaced by what {@code by}
     * gives for its entry.
     */
    public String replaceChineseNames(String text, java.util.function.Function<Entry, String> by) {
        return replace(text, namesInChinese(text), by);
    }

    /**
     * The text without the names of the corpus's own subject (科学城, "Science City"), in
     * either language: nearly every passage names it, so it tells none from another.
     */
    public String withoutHome(String text) {
        return withoutNames(text, Entry::namesHome);
    }

    /**
     * The text without the names of single things, in either language: what a question
     * asks is read from its own words, not from a name's ("China Natural Population
     * Biobank" does not ask for a population).
     */
    public String withoutNamesOfOneThing(String text) {
        return withoutNames(text, Entry::namesOneThing);
    }

    /** The text with the names of these entries, in either language, blanked. */
    private String withoutNames(String text, java.util.function.Predicate<Entry> which) {
        List<Name> names = new ArrayList<>();
        namesInChinese(text).stream().filter(n -> which.test(n.entry())).forEach(names::add);
        namesInEnglish(text).stream().filter(n -> which.test(n.entry())).forEach(names::add);
        return replace(text, names, e -> " ");
    }

    private static String replace(String text, List<Name> names, java.util.function.Function<Entry, String> by) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Name n : names.stream().sorted(Comparator.comparingInt(Name::start)).toList()) {
            out.append(text, at, n.start()).append(by.apply(n.entry()));
            at = n.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * The entries a Chinese text names, in the order they appear; the longest form wins a
     * span.
     */
    public List<Entry> foundInChinese(String text) {
        return namesInChinese(text).stream().map(Name::entry).distinct().toList();
    }

    /**
     * Every Chinese form of the entry a form belongs to; just the form when no entry has
     * it.
     */
    public List<String> formsOf(String chinese) {
        return entryFor(chinese).map(Entry::chinese).orElse(List.of(chinese));
    }

    /** The entry a Chinese form belongs to. */
    public java.util.Optional<Entry> entryFor(String chinese) {
        return java.util.Optional.ofNullable(byChineseForm.get(chinese));
    }

    private Entry entryOf(String chinese) {
        return entryFor(chinese).orElseThrow();
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
