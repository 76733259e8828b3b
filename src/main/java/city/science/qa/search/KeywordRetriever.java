package city.science.qa.search;

import city.science.qa.index.IndexView;
import city.science.qa.translation.QueryTranslation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyword search over PostgreSQL full-text's lexemes. The Chinese side matches
 * smartcn-segmented words, the English side the translation's stems ({@code english}
 * configuration). Each matching term scores its inverse document frequency (BM25's idf,
 * from {@code keyword_stat}), so rare, telling words outweigh common ones. Passages are
 * ranked in memory ({@link KeywordIndex}); coverage checks a few passages in SQL.
 */
@Component
public class KeywordRetriever {

    private static final int MAX_TERMS = 48;

    // Stems that ask ("how many", "the number of", "how has … changed", "compared with")
    // rather than name what a passage must hold (the English stop-word list keeps them).
    // "What kind of", "does it want to" ask too: the articles say 力争 and 将, never "want".
    private static final Set<String> ASKING_STEMS = Set.of("mani", "much", "number", "compar", "chang", "trend", "slow",
            "acceler", "track", "kind", "type", "sort", "want");

    private final JdbcClient jdbc;

    private final QueryTerms queryTerms;

    // All passages' Chinese, joined by a character no word contains.
    private final IndexView<String> corpusChinese;

    private final IndexView<KeywordIndex> index;

    public KeywordRetriever(JdbcClient jdbc, QueryTerms queryTerms) {
        this.jdbc = jdbc;
        this.queryTerms = queryTerms;
        this.corpusChinese = new IndexView<>(jdbc, "",
                () -> jdbc.sql("SELECT coalesce(string_agg(text_zh, chr(31) ORDER BY id), '') FROM passage")
                    .query(String.class)
                    .single());
        this.index = new IndexView<>(jdbc, KeywordIndex.EMPTY, () -> KeywordIndex.read(jdbc));
    }

    /** Passage ids, best first, for segmented Chinese words. */
    public List<String> chinese(Collection<String> words, int limit) {
        return search(Language.ZH, lexemes(words), limit);
    }

    /**
     * Passages, best first, for groups of alternative Chinese words (an English word's
     * dictionary translations): a passage scores, per group, the idf of the rarest of its
     * words it contains, so the translation the articles use wins and a passage matching
     * more of the question's words ranks higher. A group member with spaces is a phrase
     * (words adjacent in the passage).
     */
    public List<String> chineseByGroups(List<List<String>> groups, int limit) {
        Map<String, List<String>> lexemesOf = new HashMap<>();
        for (List<String> group : groups) {
            for (String member : group) {
                lexemesOf.computeIfAbsent(member, m -> lexemes(List.of(m.split(" "))));
            }
        }
        Map<String, Double> idf = idf(Language.ZH,
                lexemesOf.values().stream().flatMap(List::stream).distinct().toList());
        List<List<KeywordIndex.Clause>> clauses = new ArrayList<>();
        for (List<String> group : groups.stream().limit(MAX_TERMS).toList()) {
            List<KeywordIndex.Clause> members = new ArrayList<>();
            for (String member : group) {
                List<String> lex = lexemesOf.get(member);
                // A word the articles never use cannot match; a phrase needs all its
                // words.
                if (!lex.isEmpty() && idf.keySet().containsAll(lex)) {
                    members.add(new KeywordIndex.Clause(lex, lex.stream().mapToDouble(idf::get).max().orElse(0)));
                }
            }
            if (!members.isEmpty()) {
                clauses.add(members);
            }
        }
        return clauses.isEmpty() ? List.of() : index.get().search(Language.ZH, clauses, limit);
    }

    /**
     * Of some Chinese words, those the articles write. Asked of a few hundred words per
     * English question, so it reads the articles' Chinese from memory, loaded again
     * whenever an ingest has changed the index.
     */
    public Set<String> writtenInChinese(Collection<String> chinese) {
        String text = corpusChinese();
        return chinese.stream()
            .filter(c -> !c.isBlank() && text.contains(c))
            .collect(java.util.stream.Collectors.toSet());
    }

    String corpusChinese() {
        return corpusChinese.get();
    }

    /** Passage ids, best first, for an English text (stemmed by PostgreSQL). */
    public List<String> english(String text, int limit) {
        return search(Language.EN, stems(text), limit);
    }

    private List<String> stems(String text) {
        return jdbc.sql("SELECT lexeme FROM unnest(to_tsvector('english', :t)) ORDER BY positions[1]")
            .param("t", text)
            .query(String.class)
            .list();
    }

    /**
     * How much of what the question asks about the passages contain: the idf-weighted
     * share of its words found in them. A word the corpus never uses (所得税, "mayor")
     * weighs most and is missing, which is what a question the corpus cannot answer looks
     * like.
     */
    public double coverage(Query query, List<String> passageIds) {
        List<TermCoverage> terms = coverageByTerm(query, passageIds);
        double all = terms.stream().mapToDouble(TermCoverage::weight).sum();
        double found = terms.stream().filter(TermCoverage::found).mapToDouble(TermCoverage::weight).sum();
        return all == 0 ? 0 : found / all;
    }

    /**
     * One of the question's terms as {@link #coverage} weighs it.
     *
     * @param term the stem or segmented word
     * @param weight its idf (the highest when the corpus never uses it)
     * @param found whether the passages contain it or the corpus's word for it
     */
    public record TermCoverage(String term, double weight, boolean found) {
    }

    /** {@link #coverage} term by term, for reading why a question was refused. */
    public List<TermCoverage> coverageByTerm(Query query, List<String> passageIds) {
        boolean english = query.language() == Language.EN;
        // Every English text the steps below stem, in one round trip.
        Map<String, List<String>> stems = english ? stemsOf(englishTexts(query)) : Map.of();
        List<String> terms = (english ? stems.getOrDefault(query.text(), List.of()) : lexemes(query.terms())).stream()
            .filter(t -> !english || !ASKING_STEMS.contains(t))
            .distinct()
            .limit(MAX_TERMS)
            .toList();
        if (terms.isEmpty() || passageIds.isEmpty()) {
            return List.of();
        }
        // An everyday word counts as found when the corpus's word for it is (芯片 by 集成电路).
        Map<String, Set<String>> alternatives = alternativeTerms(query, english, stems);
        if (english) {
            // "began" in the passage covers "begin" in the question.
            terms.forEach(t -> alternatives.computeIfAbsent(t, k -> new LinkedHashSet<>())
                .addAll(QueryTranslation.otherForms(t)));
        }
        Set<String> viaChinese = english ? coveredInChinese(query, passageIds, stems) : Set.of();
        Set<String> lookedFor = new LinkedHashSet<>(terms);
        alternatives.values().forEach(lookedFor::addAll);
        String column = english ? "keywords_en" : "keywords_zh";
        Map<String, Double> idf = new HashMap<>(idf(query.language(), terms));
        if (english) {
            chineseIdf(query, terms.stream().filter(t -> !idf.containsKey(t)).toList(), stems)
                .forEach(idf::putIfAbsent);
        }
        double unseen = unseenIdf();
        List<String> covered = jdbc.sql("SELECT term FROM unnest(CAST(:terms AS text[])) term WHERE EXISTS "
                + "(SELECT 1 FROM passage p WHERE p.id = ANY(:ids) AND p." + column
                + " @@ quote_literal(term)::tsquery)"
                // A year is covered by a passage of that year's report too, as a
                // sentence with no year of its own speaks of its report's (EvidenceFit).
                + " OR (term ~ '^(19|20)[0-9]{2}$' AND EXISTS (SELECT 1 FROM passage p"
                + " JOIN article a ON a.id = p.article_id WHERE p.id = ANY(:ids) AND left(a.published, 4) = term))"
                // An English word in a Chinese question ("big corridors") is covered by
                // the passage's English, as it would be in an English question.
                + " OR (:chinese AND term ~ '^[a-z]+$' AND EXISTS (SELECT 1 FROM passage p"
                + " WHERE p.id = ANY(:ids) AND p.keywords_en @@ quote_literal(term)::tsquery))")
            .param("terms", lookedFor.toArray(String[]::new))
            .param("chinese", !english)
            .param("ids", passageIds.toArray(String[]::new))
            .query(String.class)
            .list();
        List<TermCoverage> out = new ArrayList<>();
        for (String t : terms) {
            out.add(new TermCoverage(t, idf.getOrDefault(t, unseen), covered.contains(t) || viaChinese.contains(t)
                    || alternatives.getOrDefault(t, Set.of()).stream().anyMatch(covered::contains)));
        }
        return out;
    }

    /**
     * The weight of English stems no English text in the index uses, from the Chinese the
     * articles use for them: "built" or "quarter" may be missing from every translation
     * and gloss, yet 建成 and 季度 are ordinary words of the articles, not a sign of a
     * question they cannot answer (a word with no Chinese in the articles, "mayor" → 市长,
     * keeps the unseen weight). A word weighs as its first dictionary translation the
     * articles use (as {@link #wordForWordChinese} reads it); a phrase weighs as its
     * rarest word.
     */
    private Map<String, Double> chineseIdf(Query query, List<String> unseenStems, Map<String, List<String>> stems) {
        if (unseenStems.isEmpty() || query.translated().isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> lexemesOf = translationLexemes(query);
        Map<String, Double> zh = idf(Language.ZH,
                lexemesOf.values().stream().flatMap(List::stream).distinct().toList());
        Map<String, Double> out = new HashMap<>();
        for (var term : query.translated()) {
            java.util.Optional<String> used = firstUsed(term, lexemesOf, zh.keySet());
            for (String stem : stems.getOrDefault(term.english(), List.of())) {
                if (unseenStems.contains(stem) && used.isPresent()) {
                    out.putIfAbsent(stem, lexemesOf.get(used.get()).stream().mapToDouble(zh::get).max().orElseThrow());
                }
            }
        }
        return out;
    }

    /**
     * The English question's stems whose dictionary Chinese an untranslated passage among
     * these contains: a passage nobody has translated still covers "revenue" with 营收.
     */
    private Set<String> coveredInChinese(Query query, List<String> passageIds, Map<String, List<String>> stems) {
        List<QueryTranslation.Term> terms = chineseOfEnglish(query);
        Map<String, Set<String>> stemsByTsquery = new HashMap<>();
        // The question's own Chinese words ("How many 校企联合 projects…") are held to the
        // Chinese of every passage, translated or not: no translation spells them. So are
        // glossary names: a translation may word 三大千亿级、五个百亿级 otherwise than the
        // glossary does, but the Chinese name is the name.
        Set<String> ownChinese = new LinkedHashSet<>();
        Set<QueryTranslation.Term> names = Set.copyOf(query.names());
        for (var term : terms) {
            for (String chinese : term.chinese()) {
                List<String> lex = lexemes(queryTerms.of(chinese));
                if (!lex.isEmpty()) {
                    String tsquery = phrase(lex);
                    stemsByTsquery.computeIfAbsent(tsquery, k -> new LinkedHashSet<>())
                        .addAll(stems.getOrDefault(term.english(), List.of()));
                    if (Language.hasHan(term.english()) || names.contains(term)) {
                        ownChinese.add(tsquery);
                    }
                }
            }
        }
        // A run of the question's own Chinese that holds a figure (9月11日) has no entry
        // above: the alternatives are made for its Han words alone (月, 日). It is the
        // passage's Chinese too.
        for (String stem : stems.getOrDefault(query.text(), List.of())) {
            List<String> lex = Language.hasHan(stem) ? lexemes(queryTerms.of(stem)) : List.of();
            if (!lex.isEmpty()) {
                String tsquery = phrase(lex);
                stemsByTsquery.computeIfAbsent(tsquery, k -> new LinkedHashSet<>()).add(stem);
                ownChinese.add(tsquery);
            }
        }
        if (stemsByTsquery.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        jdbc.sql("SELECT q FROM unnest(CAST(:queries AS text[])) q WHERE EXISTS (SELECT 1 FROM passage p "
                + "WHERE p.id = ANY(:ids) AND (p.text_en IS NULL OR q = ANY(:own)) AND p.keywords_zh @@ CAST(q AS tsquery))")
            .param("queries", stemsByTsquery.keySet().toArray(String[]::new))
            .param("own", ownChinese.toArray(String[]::new))
            .param("ids", passageIds.toArray(String[]::new))
            .query(String.class)
            .list()
            .forEach(q -> out.addAll(stemsByTsquery.get(q)));
        return out;
    }

    /**
     * An English question's words with Chinese for them: the dictionary's, the glossary's
     * for its names ("strategic emerging industries" is covered by 战略性新兴产业) and the
     * lexicon's for its everyday words ("moved in" by 落户).
     */
    private static List<QueryTranslation.Term> chineseOfEnglish(Query query) {
        List<QueryTranslation.Term> terms = new ArrayList<>(query.translated());
        terms.addAll(query.names());
        query.alternatives().forEach((form, words) -> {
            List<String> chinese = words.stream().filter(Language::hasHan).toList();
            if (!chinese.isEmpty()) {
                terms.add(new QueryTranslation.Term(form, chinese));
            }
        });
        return terms;
    }

    /**
     * Every English text coverage stems: the question, its words and their alternatives.
     */
    private static List<String> englishTexts(Query query) {
        List<String> out = new ArrayList<>();
        out.add(query.text());
        query.alternatives().forEach((form, words) -> {
            out.add(form);
            words.stream().filter(w -> !Language.hasHan(w)).forEach(out::add);
        });
        chineseOfEnglish(query).forEach(t -> out.add(t.english()));
        return out;
    }

    /** The English stems of several texts, in one round trip. */
    private Map<String, List<String>> stemsOf(Collection<String> texts) {
        Map<String, List<String>> out = new HashMap<>();
        if (texts.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT w.t AS text, l.lexeme FROM unnest(CAST(:texts AS text[])) AS w(t)
                CROSS JOIN LATERAL unnest(to_tsvector('english', w.t)) AS l
                ORDER BY w.t, l.positions[1]""")
            .param("texts", texts.stream().distinct().toArray(String[]::new))
            .query((rs, n) -> out.computeIfAbsent(rs.getString("text"), k -> new ArrayList<>())
                .add(rs.getString("lexeme")))
            .list();
        return out;
    }

    /**
     * For each term of an everyday word in the question, the terms of the corpus's words
     * for it.
     */
    private Map<String, Set<String>> alternativeTerms(Query query, boolean english, Map<String, List<String>> stems) {
        Map<String, Set<String>> out = new HashMap<>();
        query.alternatives().forEach((form, words) -> {
            List<String> formTerms = english ? stems.getOrDefault(form, List.of()) : lexemes(queryTerms.of(form));
            Set<String> altTerms = new LinkedHashSet<>();
            for (String word : words) {
                if (Language.hasHan(word) != english) {
                    altTerms.addAll(english ? stems.getOrDefault(word, List.of()) : lexemes(queryTerms.of(word)));
                }
            }
            formTerms.forEach(t -> out.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(altTerms));
        });
        return out;
    }

    /** How many passages have no translation, as the last ingest recorded it. */
    public long untranslatedPassages() {
        return jdbc.sql("SELECT untranslated_count FROM index_state").query(Long.class).optional().orElse(0L);
    }

    /**
     * An English question's words in Chinese as the articles write them: its glossary
     * names, and for each other word the first dictionary translation the corpus uses
     * ("software industry space" → 软件 产业 空间). Not a translation: a query for the Chinese
     * vectors.
     */
    public String wordForWordChinese(Query query) {
        Map<String, List<String>> lexemesOf = translationLexemes(query);
        Map<String, Double> known = idf(Language.ZH,
                lexemesOf.values().stream().flatMap(List::stream).distinct().toList());
        List<String> out = new ArrayList<>(query.crossTerms());
        // Chinese pasted into the question ("How many 软件企业") is as the articles write it.
        query.alternatives().keySet().stream().filter(Language::hasHan).forEach(out::add);
        for (var term : query.translated()) {
            firstUsed(term, lexemesOf, known.keySet()).ifPresent(out::add);
        }
        return String.join(" ", out);
    }

    /** Each dictionary translation of the question's words, as segmented lexemes. */
    private Map<String, List<String>> translationLexemes(Query query) {
        Map<String, List<String>> out = new HashMap<>();
        query.translated()
            .forEach(t -> t.chinese().forEach(c -> out.computeIfAbsent(c, k -> lexemes(queryTerms.of(k)))));
        return out;
    }

    /** A word's first dictionary translation whose every lexeme the articles use. */
    private static java.util.Optional<String> firstUsed(QueryTranslation.Term term, Map<String, List<String>> lexemesOf,
            Set<String> known) {
        return term.chinese()
            .stream()
            .filter(c -> !lexemesOf.get(c).isEmpty() && known.containsAll(lexemesOf.get(c)))
            .findFirst();
    }

    /**
     * The number of passages, as the last ingest recorded it (one row, not a count on
     * every question).
     */
    private long passageCount() {
        return jdbc.sql("SELECT passage_count FROM index_state").query(Long.class).optional().orElse(0L);
    }

    private double unseenIdf() {
        long n = passageCount();
        return Math.log(1 + (n + 0.5) / 0.5);
    }

    private static List<String> lexemes(Collection<String> words) {
        return words.stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s'\\\\:&|!()<>*]", ""))
            .filter(w -> !w.isEmpty())
            .distinct()
            .toList();
    }

    private List<String> search(Language lang, List<String> allTerms, int limit) {
        // A question is at most a few dozen words; a longer text scores on its first
        // ones.
        List<String> terms = allTerms.stream().distinct().limit(MAX_TERMS).toList();
        Map<String, Double> idf = idf(lang, terms);
        if (idf.isEmpty()) {
            return List.of();
        }
        List<List<KeywordIndex.Clause>> clauses = new ArrayList<>();
        idf.forEach((term, weight) -> clauses.add(List.of(new KeywordIndex.Clause(List.of(term), weight))));
        // English compounds are several words ("planned area", "high-tech enterprises"):
        // two query words that stand next to each other in a passage too count again.
        // Chinese compounds are already one word from the segmenter.
        for (int j = 0; lang == Language.EN && j + 1 < terms.size(); j++) {
            String a = terms.get(j);
            String b = terms.get(j + 1);
            if (idf.containsKey(a) && idf.containsKey(b) && !a.equals(b)) {
                clauses.add(List.of(new KeywordIndex.Clause(List.of(a, b), idf.get(a) + idf.get(b))));
            }
        }
        return index.get().search(lang, clauses, limit);
    }

    /**
     * BM25 idf of each term that occurs in the index; terms the index lacks cannot match
     * anyway.
     */
    private Map<String, Double> idf(Language lang, List<String> terms) {
        if (terms.isEmpty()) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        // The passage count read in the same round trip (this runs several times per
        // question).
        jdbc.sql("SELECT k.term, CAST(ln(1 + (s.passage_count - k.df + 0.5) / (k.df + 0.5)) AS double precision) "
                + "AS idf FROM keyword_stat k CROSS JOIN index_state s WHERE k.lang = :lang AND k.term = ANY(:terms)")
            .param("lang", lang.code())
            .param("terms", terms.toArray(String[]::new))
            .query((rs, row) -> out.put(rs.getString("term"), rs.getDouble("idf")))
            .list();
        return out;
    }

    private static String quote(String term) {
        return "'" + term.replace("'", "''") + "'";
    }

    /** A tsquery for these lexemes next to each other, in this order. */
    private static String phrase(List<String> lexemes) {
        return String.join(" <-> ", lexemes.stream().map(KeywordRetriever::quote).toList());
    }

}
