package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.JdbcSlice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-memory keyword index ranks as PostgreSQL's own tsquery matching, scored in SQL,
 * ranks: the same passages, in the same order, ties by id.
 */
@JdbcSlice
class KeywordIndexTest extends JdbcSlice.Database {

    // Made-up words no real passage of another test holds, so the rankings are about
    // these passages alone.
    private static final List<String> WORDS = List.of("zqalpha", "zqbeta", "zqgamma", "zqdelta", "zqepsilon", "zqzeta");

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(20261207);

    @BeforeEach
    void passages() {
        jdbc.sql("INSERT INTO article (id, title_zh) VALUES ('kw-test', '测试')").update();
        for (int i = 0; i < 40; i++) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                zh.add(WORDS.get(random.nextInt(WORDS.size())));
                en.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            jdbc.sql("""
                    INSERT INTO passage (id, article_id, ordinal, paragraph_ids, text_zh, text_en, embedding_zh,
                                         keywords_zh)
                    VALUES (:id, 'kw-test', :n, '{}', '测试', :en,
                            CAST(array_fill(0.1, ARRAY[512]) AS vector), to_tsvector('simple', :zh))""")
                // Ids whose order is not their insertion order.
                .param("id", "kw-%02d-%d".formatted((i * 7) % 40, i))
                .param("n", i)
                .param("en", String.join(" ", en))
                .param("zh", String.join(" ", zh))
                .update();
        }
        jdbc.sql("""
                INSERT INTO index_state (singleton, corpus_fingerprint, ingested_at, passage_count, untranslated_count)
                VALUES (true, 'kw-test', clock_timestamp(), 40, 0)
                ON CONFLICT (singleton) DO UPDATE SET ingested_at = excluded.ingested_at""").update();
    }

    @Test
    void termsPhrasesAndGroupsRankAsPostgresTsqueryScoringDoes() {
        KeywordIndex index = KeywordIndex.read(jdbc);
        for (int q = 0; q < 200; q++) {
            Language lang = random.nextBoolean() ? Language.ZH : Language.EN;
            List<List<KeywordIndex.Clause>> groups = new ArrayList<>();
            for (int g = 1 + random.nextInt(3); g > 0; g--) {
                List<KeywordIndex.Clause> group = new ArrayList<>();
                for (int m = 1 + random.nextInt(2); m > 0; m--) {
                    List<String> lexemes = new ArrayList<>();
                    for (int l = 1 + random.nextInt(3); l > 0; l--) {
                        lexemes.add(WORDS.get(random.nextInt(WORDS.size())));
                    }
                    // Whole numbers of quarters add up exactly in any order, so ties are
                    // real ties on both sides.
                    group.add(new KeywordIndex.Clause(lexemes, 0.25 * (1 + random.nextInt(8))));
                }
                groups.add(group);
            }
            assertThat(index.search(lang, groups, 10)).as("%s %s", lang, groups)
                .containsExactlyElementsOf(scoredInSql(lang, groups, 10));
        }
    }

    @Test
    void aPhraseMatchesItsLexemesOnlyNextToEachOtherAndInOrder() {
        jdbc.sql("""
                INSERT INTO passage (id, article_id, ordinal, paragraph_ids, text_zh, embedding_zh, keywords_zh)
                VALUES ('kw-phrase-a', 'kw-test', 100, '{}', '测试', CAST(array_fill(0.1, ARRAY[512]) AS vector),
                        to_tsvector('simple', 'zqone zqtwo')),
                       ('kw-phrase-b', 'kw-test', 101, '{}', '测试', CAST(array_fill(0.1, ARRAY[512]) AS vector),
                        to_tsvector('simple', 'zqtwo zqone')),
                       ('kw-phrase-c', 'kw-test', 102, '{}', '测试', CAST(array_fill(0.1, ARRAY[512]) AS vector),
                        to_tsvector('simple', 'zqone zqother zqtwo'))""").update();
        KeywordIndex index = KeywordIndex.read(jdbc);
        List<List<KeywordIndex.Clause>> phrase = List
            .of(List.of(new KeywordIndex.Clause(List.of("zqone", "zqtwo"), 1)));
        List<List<KeywordIndex.Clause>> word = List.of(List.of(new KeywordIndex.Clause(List.of("zqone"), 1)));

        assertThat(index.search(Language.ZH, phrase, 10)).containsExactly("kw-phrase-a");
        assertThat(index.search(Language.ZH, word, 10)).containsExactly("kw-phrase-a", "kw-phrase-b", "kw-phrase-c");
        assertThat(index.search(Language.EN, word, 10)).isEmpty();
    }

    /** The same ranking as the SQL the index replaced computed it. */
    private List<String> scoredInSql(Language lang, List<List<KeywordIndex.Clause>> groups, int limit) {
        String column = lang == Language.ZH ? "keywords_zh" : "keywords_en";
        List<String> sums = new ArrayList<>();
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (List<KeywordIndex.Clause> group : groups) {
            List<String> members = new ArrayList<>();
            for (KeywordIndex.Clause clause : group) {
                String tsquery = String.join(" <-> ", clause.lexemes().stream().map(l -> "'" + l + "'").toList());
                members.add("CASE WHEN p." + column + " @@ CAST(:t" + i + " AS tsquery) THEN :w" + i + " ELSE 0 END");
                params.put("t" + i, tsquery);
                params.put("w" + i, clause.weight());
                any.add("(" + tsquery + ")");
                i++;
            }
            sums.add("GREATEST(" + String.join(", ", members) + ")");
        }
        params.put("any", String.join(" | ", any));
        params.put("n", limit);
        return jdbc
            .sql("SELECT p.id FROM passage p WHERE p." + column + " @@ CAST(:any AS tsquery) ORDER BY ("
                    + String.join(" + ", sums) + ") DESC, p.id LIMIT :n")
            .params(params)
            .query(String.class)
            .list();
    }

}
