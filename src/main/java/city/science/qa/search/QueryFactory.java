package city.science.qa.search;

import city.science.qa.corpus.Figures;
import city.science.qa.corpus.Glossary;
import city.science.qa.index.Embeddings;
import city.science.qa.translation.Gloss;
import city.science.qa.translation.QueryTranslation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns a question into a {@link Query}: language, words, glossary translation, figures,
 * vectors.
 */
@Component
public class QueryFactory {

    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z][A-Za-z'\\-]*(?:\\s+[A-Za-z][A-Za-z'\\-]*)*");

    private final QueryTerms queryTerms;

    private final Glossary glossary;

    private final Embeddings embeddings;

    private final SearchProperties properties;

    private final QueryTranslation translation;

    private final Gloss gloss;

    private final KeywordRetriever keywords;

    private final RomanizedNames names;

    public QueryFactory(QueryTerms queryTerms, Glossary glossary, Embeddings embeddings, SearchProperties properties,
            QueryTranslation translation, Gloss gloss, KeywordRetriever keywords, RomanizedNames names) {
        this.names = names;
        this.keywords = keywords;
        this.translation = translation;
        this.gloss = gloss;
        this.queryTerms = queryTerms;
        this.glossary = glossary;
        this.embeddings = embeddings;
        this.properties = properties;
    }

    /** A question as typed, with no everyday words mapped. */
    public Query of(String text) {
        return of(text, Map.of());
    }

    /**
     * A normalized question, whose everyday words are searched with the corpus's words
     * for them.
     */
    public Query of(String text, Map<String, List<String>> alternatives) {
        Language language = Language.of(text);
        Map<String, List<String>> all = language == Language.EN ? withPastedChinese(text, alternatives)
                : withPastedEnglish(text, alternatives);
        return new Query(text, language, queryTerms.of(text), crossTerms(text, language),
                Figures.in(text).stream().map(Figures.Figure::token).distinct().toList(), all,
                language == Language.EN ? translated(text) : List.of(),
                language == Language.EN ? namesIn(text) : List.of(),
                vectors(language == Language.ZH ? withChineseOfEnglish(text, alternatives, all) : text, text));
    }

    /**
     * An English question's words in the dictionary's Chinese, and its pinyin names in
     * the articles' (the Tuanjiehu park: 团结湖).
     */
    private List<QueryTranslation.Term> translated(String english) {
        List<QueryTranslation.Term> out = new ArrayList<>(translation.of(english, keywords::writtenInChinese));
        out.addAll(names.in(english));
        return out;
    }

    /**
     * A Chinese question as the Chinese embedding model reads best: an English run the
     * lexicon knows is written in the articles' words (「统一战线visit」 → 「统一战线走访」); one only
     * the dictionary knows keeps the English, with the dictionary's Chinese after it
     * (「talent policy（人才 政策）」), since a dictionary sense may be the wrong one.
     */
    static String withChineseOfEnglish(String chinese, Map<String, List<String>> lexicon,
            Map<String, List<String>> all) {
        return LATIN_RUN.matcher(chinese).replaceAll(run -> {
            List<String> known = chineseOf(lexicon, run.group());
            if (!known.isEmpty()) {
                return Matcher.quoteReplacement(String.join(" ", known));
            }
            List<String> words = chineseOf(all, run.group());
            return Matcher
                .quoteReplacement(words.isEmpty() ? run.group() : run.group() + "（" + String.join(" ", words) + "）");
        });
    }

    private static List<String> chineseOf(Map<String, List<String>> alternatives, String english) {
        return alternatives.getOrDefault(english, List.of()).stream().filter(Language::hasHan).toList();
    }

    /**
     * The Chinese an English question quotes, searched as Chinese: the terms that are
     * more than a glossary name (主导产业集群, 人才支持政策; a name alone is translated already, and
     * 科学城 is in nearly every passage).
     */
    public Optional<Query> quoted(List<String> chinese) {
        List<String> terms = chinese.stream().filter(c -> !glossary.replaceChineseNames(c, e -> "").isBlank()).toList();
        return terms.isEmpty() ? Optional.empty() : Optional.of(of(String.join(" ", terms)));
    }

    /**
     * An English question with Chinese pasted in ("How many 软件企业 …"): each Chinese run
     * that is not a glossary name (those are translated already) is searched as it is, in
     * the Chinese text, and as its dictionary gloss, in the English; a passage holding
     * either covers it.
     */
    private Map<String, List<String>> withPastedChinese(String english, Map<String, List<String>> alternatives) {
        List<String> runs = Language.chineseRuns(glossary.replaceChineseNames(english, e -> " "));
        if (runs.isEmpty()) {
            return alternatives;
        }
        Map<String, List<String>> out = new LinkedHashMap<>(alternatives);
        for (String chinese : runs) {
            List<String> words = new ArrayList<>(List.of(chinese));
            String glossed = gloss.of(chinese).strip();
            if (!glossed.isEmpty()) {
                words.add(glossed);
            }
            out.putIfAbsent(chinese, List.copyOf(words));
        }
        return out;
    }

    /**
     * A Chinese question with English in it (「科学城的smart terminal产值有多少？」): each English
     * run that is not a glossary name (those are in Chinese already) is also searched as
     * the Chinese the dictionary gives it and the articles write (智能, 终端).
     */
    private Map<String, List<String>> withPastedEnglish(String chinese, Map<String, List<String>> alternatives) {
        Matcher latin = LATIN_RUN.matcher(chinese);
        Map<String, List<String>> out = new LinkedHashMap<>(alternatives);
        while (latin.find()) {
            String run = latin.group();
            List<QueryTranslation.Term> terms = translation.of(run, keywords::writtenInChinese);
            java.util.Set<String> written = keywords
                .writtenInChinese(terms.stream().flatMap(t -> t.chinese().stream()).distinct().toList());
            List<String> words = terms.stream()
                .flatMap(t -> t.chinese().stream().filter(written::contains).limit(2))
                .distinct()
                .toList();
            if (!words.isEmpty()) {
                out.putIfAbsent(run, words);
            }
        }
        return out;
    }

    private List<QueryTranslation.Term> namesIn(String english) {
        return glossary.namesInEnglish(english)
            .stream()
            .map(n -> new QueryTranslation.Term(english.substring(n.start(), n.end()), n.entry().chinese()))
            .toList();
    }

    private List<String> crossTerms(String text, Language language) {
        List<String> out = new ArrayList<>();
        if (language == Language.EN) {
            glossary.foundInEnglish(text).forEach(e -> out.add(e.canonicalChinese()));
        }
        else {
            glossary.foundInChinese(text).forEach(e -> out.add(e.english()));
        }
        return out;
    }

    private Query.Vectors vectors(String chineseText, String englishText) {
        return new Query.Vectors() {
            private float[] chinese;

            private float[] english;

            @Override
            public synchronized float[] chinese() {
                if (chinese == null) {
                    chinese = embeddings.chinese(properties.chineseQueryPrefix() + chineseText);
                }
                return chinese;
            }

            @Override
            public synchronized float[] english() {
                if (english == null) {
                    english = embeddings.english(properties.englishQueryPrefix() + englishText);
                }
                return english;
            }
        };
    }

    /** The words a keyword search over Chinese text should look for. */
    public List<String> chineseKeywords(Query query) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (query.language() == Language.ZH) {
            out.addAll(query.terms());
        }
        for (String name : query.crossTerms()) {
            out.addAll(queryTerms.of(name));
        }
        out.addAll(query.figureTokens());
        for (String word : alternativeWords(query, true)) {
            out.addAll(queryTerms.of(word));
        }
        return List.copyOf(out);
    }

    /** The corpus's words for the question's everyday words, in Chinese or in English. */
    static List<String> alternativeWords(Query query, boolean chinese) {
        return query.alternatives()
            .values()
            .stream()
            .flatMap(List::stream)
            .filter(w -> chinese == Language.hasHan(w))
            .distinct()
            .toList();
    }

    /**
     * What a keyword search of untranslated Chinese passages looks for on behalf of an
     * English question: each name, figure and everyday word alone, then each English
     * word's dictionary Chinese as one group, of which a passage scores its best match
     * (so that a word with five translations counts once, and the translation the corpus
     * uses wins).
     */
    public List<List<String>> chineseKeywordGroups(Query query) {
        List<List<String>> out = new ArrayList<>();
        chineseKeywords(query).forEach(k -> out.add(List.of(k)));
        for (QueryTranslation.Term term : query.translated()) {
            List<String> group = new ArrayList<>();
            for (String chinese : term.chinese()) {
                // A compound the segmenter splits is searched as a phrase of its words.
                String phrase = String.join(" ", queryTerms.of(chinese));
                if (!phrase.isBlank()) {
                    group.add(phrase);
                }
            }
            if (!group.isEmpty()) {
                out.add(group);
            }
        }
        return out;
    }

    /** The text a keyword search over the English translations should look for. */
    public String englishKeywords(Query query) {
        String names = String.join(" ", query.crossTerms());
        String alternatives = String.join(" ", alternativeWords(query, false));
        return query.language() == Language.EN ? query.text() + " " + names + " " + alternatives : names;
    }

}
