package city.science.qa.translation;

import city.science.qa.corpus.Glossary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dictionary query translation: an English question becomes, for each of its content
 * words or short phrases, the Chinese words CC-CEDICT gives for it ("revenue" → 营收, 收入,
 * 收益…). Which of them the articles use, and which belong together, the keyword search
 * decides against the corpus; glossary names are left out here, since the glossary's
 * official Chinese is already searched and takes precedence.
 */
public final class QueryTranslation {

    /**
     * One English word or phrase of the question and its Chinese candidates, most likely
     * first.
     */
    public record Term(String english, List<String> chinese) {
    }

    // Longer than this, a phrase in a question is rarely one dictionary sense.
    private static final int MAX_PHRASE = 3;

    // Candidates kept per English word before the corpus is asked which it uses.
    private static final int MAX_CANDIDATES = 12;

    private static final Pattern WORD = Pattern.compile("[a-z][a-z'\\-]*");

    // The suffixes of administrative divisions: district, county, city, town.
    private static final Pattern DIVISION = Pattern.compile("[区县市镇]$");

    // Function and question words: they translate into everything and find nothing.
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with",
            "from", "and", "or", "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had",
            "it", "its", "this", "that", "these", "those", "what", "which", "who", "whom", "when", "where", "why",
            "how", "many", "much", "there", "their", "they", "as", "so", "any", "some", "about", "into", "over", "than",
            "then", "can", "could", "will", "would", "should", "may", "i", "you", "we", "me", "my", "our", "your", "s",
            "t", "up", "out", "get", "got", "give", "tell", "please", "more", "most", "also", "just", "still", "yet",
            "all", "each", "per", "since", "until", "far", "make", "made");

    // Modifiers with dozens of senses: they may begin a phrase ("new materials" is 新材料),
    // alone they translate into noise ("new" → 新闻, 信息, 消息).
    private static final Set<String> VAGUE_ALONE = Set.of("new", "old", "latest", "recent", "current", "other", "total",
            "overall", "main", "major");

    // Irregular inflections a question uses, after the form the dictionary's senses are
    // in.
    private static final List<String> IRREGULAR_FORMS = List.of("build built", "grow grew grown", "rise rose risen",
            "fall fell fallen", "begin began begun", "win won", "lead led", "hold held", "sell sold", "spend spent",
            "pay paid", "bring brought", "draw drew drawn", "take took taken", "go went gone", "come came",
            "find found", "keep kept", "send sent", "show shown", "know known", "become became", "choose chose chosen",
            "write wrote written", "run ran", "good better best", "big bigger biggest", "child children",
            "person people");

    // Each irregular form and its base, and each base and its forms, built once.
    private static final Map<String, String> IRREGULAR = new HashMap<>();

    private static final Map<String, List<String>> FORMS_OF = new HashMap<>();

    static {
        for (String line : IRREGULAR_FORMS) {
            List<String> words = List.of(line.split(" "));
            FORMS_OF.put(words.get(0), words);
            words.subList(1, words.size()).forEach(form -> IRREGULAR.put(form, words.get(0)));
        }
    }

    /**
     * The other forms of an irregular verb or adjective ("began" → begin, begun), which a
     * stemmer does not reach; none for a regular word.
     */
    public static Set<String> otherForms(String word) {
        Set<String> out = new LinkedHashSet<>(FORMS_OF.getOrDefault(IRREGULAR.getOrDefault(word, word), List.of()));
        out.remove(word);
        return out;
    }

    private final ChineseEnglishDictionary dictionary;

    private final Glossary glossary;

    public QueryTranslation(ChineseEnglishDictionary dictionary, Glossary glossary) {
        this.dictionary = dictionary;
        this.glossary = glossary;
    }

    /**
     * The question's words and phrases that the dictionary can put into Chinese, as the
     * dictionary has them (the longest phrase it knows first), not asking the articles.
     */
    public List<Term> of(String english) {
        return of(english, chinese -> Set.of());
    }

    /**
     * The question's words and phrases that the dictionary can put into Chinese, resolved
     * against the articles: a phrase is read in a translation the articles write, or else
     * as the compound of its words' translations they write. CC-CEDICT gives "software
     * industry" only as 软体业, which the articles never write; they write 软件产业 (软件 + 产业). A
     * phrase the articles write in no way ("credit rating") keeps its dictionary
     * translation, which matches nothing: the question asks about something they lack.
     * @param writtenInCorpus of some Chinese words, the ones the articles write (asked
     * once per question)
     */
    public List<Term> of(String english, Function<Collection<String>, Set<String>> writtenInCorpus) {
        String withoutNames = glossary.replaceEnglishNames(english, e -> " . ");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(withoutNames.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group().replaceAll("^['\\-]+|['\\-]+$|'s$", ""));
        }
        // Each word's and phrase's dictionary Chinese, looked up once per question.
        Map<String, List<String>> lookedUp = new HashMap<>();
        Function<String, List<String>> candidates = w -> lookedUp.computeIfAbsent(w, this::candidates);
        Map<String, List<String>> phrases = new HashMap<>();
        Map<String, List<String>> compounds = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(MAX_PHRASE, words.size() - i); n >= 2; n--) {
                List<String> phrase = words.subList(i, i + n);
                if (!STOP.contains(phrase.get(0)) && !STOP.contains(phrase.get(n - 1))) {
                    String joined = String.join(" ", phrase);
                    phrases.put(joined, candidates.apply(joined));
                    if (n == 2) {
                        compounds.put(joined, compound(phrase.get(0), phrase.get(1), candidates));
                    }
                }
            }
        }
        // The articles are asked once, of every phrase's translations and compounds.
        Set<String> asked = new HashSet<>();
        phrases.values().forEach(asked::addAll);
        compounds.values().forEach(asked::addAll);
        Set<String> written = asked.isEmpty() ? Set.of() : writtenInCorpus.apply(asked);
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < words.size();) {
            Optional<Term> phrase = phraseAt(words, i, phrases, compounds, written);
            if (phrase.isPresent()) {
                out.add(phrase.get());
                i += phrase.get().english().split(" ").length;
                continue;
            }
            String word = words.get(i);
            List<String> chinese = alone(word) ? candidates.apply(word) : List.of();
            if (!chinese.isEmpty()) {
                out.add(new Term(word, chinese));
            }
            i++;
        }
        return out;
    }

    /**
     * The longest phrase starting at a word, read as the articles write it if they do,
     * else as the dictionary does; none if the dictionary has no phrase there.
     */
    private static Optional<Term> phraseAt(List<String> words, int i, Map<String, List<String>> phrases,
            Map<String, List<String>> compounds, Set<String> written) {
        int longest = Math.min(MAX_PHRASE, words.size() - i);
        for (int n = longest; n >= 2; n--) {
            String phrase = String.join(" ", words.subList(i, i + n));
            List<String> chinese = phrases.getOrDefault(phrase, List.of());
            if (chinese.stream().anyMatch(written::contains)) {
                return Optional.of(new Term(phrase, chinese));
            }
            List<String> compound = compounds.getOrDefault(phrase, List.of())
                .stream()
                .filter(written::contains)
                .toList();
            if (!compound.isEmpty()) {
                return Optional.of(new Term(phrase, compound));
            }
        }
        for (int n = longest; n >= 2; n--) {
            String phrase = String.join(" ", words.subList(i, i + n));
            List<String> chinese = phrases.getOrDefault(phrase, List.of());
            if (!chinese.isEmpty()) {
                return Optional.of(new Term(phrase, chinese));
            }
        }
        return Optional.empty();
    }

    // Translations per word a compound is made of: 6 × 6 compounds a phrase at most.
    private static final int COMPOUND_PARTS = 6;

    /** Two words' translations written together: "software industry" → 软件产业, 软件工业… */
    private static List<String> compound(String first, String second, Function<String, List<String>> candidates) {
        if (!alone(first) || !alone(second)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String a : candidates.apply(first).stream().limit(COMPOUND_PARTS).toList()) {
            for (String b : candidates.apply(second).stream().limit(COMPOUND_PARTS).toList()) {
                out.add(a + b);
            }
        }
        return out;
    }

    /** Whether a word means enough alone to be translated. */
    private static boolean alone(String word) {
        return !word.isEmpty() && !STOP.contains(word) && !VAGUE_ALONE.contains(word);
    }

    /**
     * The dictionary's senses are in base forms ("to sign", "university"); a question's
     * words often are not ("signed", "universities"). The phrase with its last word in
     * the base forms it may be inflected from: "universities" → "university", "signed" →
     * "sign", "sign", "building" → "build".
     */
    static List<String> baseForms(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(0, space + 1);
        String word = phrase.substring(space + 1);
        List<String> out = new ArrayList<>();
        if (IRREGULAR.containsKey(word)) {
            out.add(IRREGULAR.get(word));
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            out.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.length() > 3 && word.endsWith("es")) {
            out.add(word.substring(0, word.length() - 2));
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            out.add(word.substring(0, word.length() - 1));
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            out.add(word.substring(0, word.length() - 2));
            out.add(word.substring(0, word.length() - 1));
        }
        if (word.length() > 5 && word.endsWith("ing")) {
            out.add(word.substring(0, word.length() - 3));
            out.add(word.substring(0, word.length() - 3) + "e");
        }
        // A comparative: "faster" → "fast", "larger" → "large", "bigger" → "big".
        if (word.length() > 5 && word.endsWith("er")) {
            String stem = word.substring(0, word.length() - 2);
            out.add(stem);
            out.add(stem + "e");
            if (stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                out.add(stem.substring(0, stem.length() - 1));
            }
        }
        return out.stream().map(w -> head + w).toList();
    }

    /** A British spelling the American way: centres → centers, programme → program. */
    static String american(String phrase) {
        return phrase.replaceAll("(?<=[a-z])(?:tre)(?=s?\\b)", "ter")
            .replaceAll("programme", "program")
            .replaceAll("(?<=[a-z]{2})our(?=s?\\b|ed\\b|ing\\b)", "or")
            .replaceAll("(?<=[a-z]{2})is(ation|e|ed|es|ing)\\b", "iz$1");
    }

    private List<String> candidates(String phrase) {
        List<String> out = new ArrayList<>(dictionary.chineseFor(phrase));
        // "high-tech" is written both ways in the dictionary's senses.
        if (phrase.contains("-")) {
            out.addAll(dictionary.chineseFor(phrase.replace('-', ' ')));
        }
        // An inflection is read as its base form only when the dictionary has no sense
        // for the form itself ("building" is 建筑, not 建设); plurals are its keys already.
        if (out.isEmpty()) {
            for (String base : baseForms(phrase)) {
                out.addAll(dictionary.chineseFor(base));
            }
        }
        // CC-CEDICT spells most senses the American way ("center", "program").
        String american = american(phrase);
        if (!american.equals(phrase)) {
            out.addAll(candidates(american));
        }
        // A place the dictionary names with its division (璧山区 for "Bishan") is written
        // without it as often: the name alone counts too, when the word spells it.
        for (String sense : List.copyOf(out)) {
            String name = sense.substring(0, sense.length() - 1);
            if (DIVISION.matcher(sense).find() && name.length() >= 2 && Pinyin.spells(name, phrase)) {
                out.add(out.indexOf(sense) + 1, name);
            }
        }
        // A single character is too ambiguous to search alone (区, 家, 所).
        return out.stream().filter(c -> c.codePointCount(0, c.length()) > 1).distinct().limit(MAX_CANDIDATES).toList();
    }

}
