package city.science.qa.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The passages' keywords as an inverted index in memory: for each lexeme of
 * {@code keywords_zh} and {@code keywords_en}, the passages holding it and its positions
 * there, read from PostgreSQL's own tsvectors. Scoring a question's terms is then a walk
 * over a few short postings lists, where the same score in SQL evaluated every term's
 * {@code @@} on every passage that matched any of them: with untranslated articles'
 * glosses in the English index, common stems match hundreds of passages, and that scoring
 * was a third of an English search.
 *
 * <p>
 * The semantics are the tsquery's: a term matches a lexeme exactly, a phrase matches
 * lexemes at consecutive positions. Ties go to the passage PostgreSQL sorts first by id,
 * as {@code ORDER BY score DESC, p.id} did.
 */
final class KeywordIndex {

    static final KeywordIndex EMPTY = new KeywordIndex(new String[0], Map.of(), Map.of());

    /** The passages holding one lexeme, ascending, and its positions in each. */
    private record Postings(int[] passages, int[][] positions) {

        int[] positionsIn(int passage) {
            int at = Arrays.binarySearch(passages, passage);
            return at < 0 ? null : positions[at];
        }

    }

    /**
     * One scored part of a query: a term or phrase (several lexemes) and what a passage
     * holding it scores.
     */
    record Clause(List<String> lexemes, double weight) {
    }

    private final String[] ids;

    private final Map<Language, Map<String, Postings>> byLanguage;

    private KeywordIndex(String[] ids, Map<String, Postings> chinese, Map<String, Postings> english) {
        this.ids = ids;
        this.byLanguage = Map.of(Language.ZH, chinese, Language.EN, english);
    }

    static KeywordIndex read(JdbcClient jdbc) {
        List<String> ids = jdbc.sql("SELECT id FROM passage ORDER BY id").query(String.class).list();
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            number.put(ids.get(i), i);
        }
        Map<Language, Map<String, List<int[]>>> read = Map.of(Language.ZH, new HashMap<>(), Language.EN,
                new HashMap<>());
        // Rows by passage in id order, so each lexeme's list is built ascending.
        jdbc.sql(
                """
                        SELECT p.id, l.lang, l.lexeme, coalesce(array_to_string(l.positions, ','), '') AS positions FROM passage p
                        CROSS JOIN LATERAL (SELECT 'zh' AS lang, lexeme, positions FROM unnest(p.keywords_zh)
                                            UNION ALL
                                            SELECT 'en', lexeme, positions FROM unnest(p.keywords_en)) l
                        ORDER BY p.id""")
            .query(rs -> {
                int passage = number.get(rs.getString(1));
                Language lang = Language.ofCode(rs.getString(2));
                // A lexeme with no positions (a stripped tsvector) matches as a
                // term, never in a phrase.
                String[] at = rs.getString(4).isEmpty() ? new String[0] : rs.getString(4).split(",");
                int[] entry = new int[at.length + 1];
                entry[0] = passage;
                for (int i = 0; i < at.length; i++) {
                    entry[i + 1] = Integer.parseInt(at[i]);
                }
                read.get(lang).computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(entry);
            });
        return new KeywordIndex(ids.toArray(String[]::new), postings(read.get(Language.ZH)),
                postings(read.get(Language.EN)));
    }

    private static Map<String, Postings> postings(Map<String, List<int[]>> read) {
        Map<String, Postings> out = new HashMap<>(read.size() * 2);
        read.forEach((lexeme, entries) -> {
            int[] passages = new int[entries.size()];
            int[][] positions = new int[entries.size()][];
            for (int i = 0; i < entries.size(); i++) {
                passages[i] = entries.get(i)[0];
                positions[i] = Arrays.copyOfRange(entries.get(i), 1, entries.get(i).length);
            }
            out.put(lexeme, new Postings(passages, positions));
        });
        return out;
    }

    /**
     * Passage ids, best first: a passage scores the sum, over the groups, of the best
     * weight among the group's clauses it holds; passages holding none are left out.
     */
    List<String> search(Language lang, List<List<Clause>> groups, int limit) {
        double[] score = new double[ids.length];
        boolean[] holds = new boolean[ids.length];
        double[] best = new double[ids.length];
        for (List<Clause> group : groups) {
            List<Integer> touched = new ArrayList<>();
            for (Clause clause : group) {
                for (int passage : matching(lang, clause.lexemes())) {
                    if (best[passage] == 0) {
                        touched.add(passage);
                    }
                    best[passage] = Math.max(best[passage], clause.weight());
                    holds[passage] = true;
                }
            }
            for (int passage : touched) {
                score[passage] += best[passage];
                best[passage] = 0;
            }
        }
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (holds[i]) {
                held.add(i);
            }
        }
        return held.stream()
            .sorted((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b))
            .limit(limit)
            .map(i -> ids[i])
            .toList();
    }

    /** The passages holding these lexemes at consecutive positions, in this order. */
    private int[] matching(Language lang, List<String> lexemes) {
        Map<String, Postings> index = byLanguage.get(lang);
        List<Postings> each = new ArrayList<>();
        for (String lexeme : lexemes) {
            Postings p = index.get(lexeme);
            if (p == null) {
                return new int[0];
            }
            each.add(p);
        }
        if (each.isEmpty()) {
            return new int[0];
        }
        Postings first = each.get(0);
        if (each.size() == 1) {
            return first.passages();
        }
        return Arrays.stream(first.passages()).filter(passage -> adjacent(each, passage)).toArray();
    }

    private static boolean adjacent(List<Postings> each, int passage) {
        int[][] positions = new int[each.size()][];
        for (int i = 0; i < each.size(); i++) {
            positions[i] = each.get(i).positionsIn(passage);
            if (positions[i] == null) {
                return false;
            }
        }
        for (int start : positions[0]) {
            boolean all = true;
            for (int i = 1; i < positions.length && all; i++) {
                all = Arrays.binarySearch(positions[i], start + i) >= 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

}
