package city.science.qa.index;

import city.science.qa.corpus.Article;
import com.pgvector.PGvector;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes articles and passages to PostgreSQL; the index's side of the schema. */
@Repository
public class PassageStore {

    // Serializes ingests across app instances sharing one database.
    private static final long INGEST_LOCK = 0x5c0a_1d6eL;

    private final JdbcClient jdbc;

    public PassageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> corpusFingerprint() {
        return jdbc.sql("SELECT corpus_fingerprint FROM index_state").query(String.class).optional();
    }

    public long passageCount() {
        return jdbc.sql("SELECT count(*) FROM passage").query(Long.class).single();
    }

    /** The vectors of those passages that are already stored, by passage id. */
    public Map<String, PassageVectors> storedVectors(Collection<String> ids) {
        Map<String, PassageVectors> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        // A passage stored without its sentence vectors (an older index) counts as new;
        // so
        // does one with no English vectors (translated or glossed).
        jdbc.sql("""
                SELECT id, embedding_zh::text AS zh, embedding_en::text AS en FROM passage p
                WHERE id = ANY(?) AND embedding_en IS NOT NULL AND EXISTS (SELECT 1 FROM passage_sentence s
                  WHERE s.passage_id = p.id AND s.embedding_en IS NOT NULL)""")
            .param(ids.toArray(String[]::new))
            .query((rs, n) -> {
                String en = rs.getString("en");
                out.put(rs.getString("id"), new PassageVectors.Stored(vector(rs.getString("zh")),
                        Optional.ofNullable(en).map(PassageStore::vector)));
                return null;
            })
            .list();
        return out;
    }

    /**
     * Makes the index hold exactly these articles and passages, in one transaction:
     * readers see the old index until it commits, and a failure anywhere leaves the old
     * index as it was.
     * @return how many stored passages were removed
     */
    @Transactional
    public int replaceWith(List<Article> articles, List<IndexedPassage> passages, String fingerprint,
            java.util.function.BooleanSupplier corpusUnchanged, IngestObserver observer) {
        lockIndex();
        if (!corpusUnchanged.getAsBoolean()) {
            throw new CorpusChangedMeanwhile();
        }
        for (Article a : articles) {
            upsertArticle(a);
        }
        String[] keep = passages.stream().map(IndexedPassage::id).toArray(String[]::new);
        int removed = jdbc.sql("DELETE FROM passage WHERE NOT (id = ANY(?))").param(keep).update();
        String[] articleIds = articles.stream().map(Article::id).toArray(String[]::new);
        jdbc.sql("DELETE FROM article WHERE NOT (id = ANY(?))").param(articleIds).update();
        writePassages(passages, observer);
        recordState(fingerprint);
        return removed;
    }

    /**
     * Takes the index lock for the rest of the transaction: one writer at a time across
     * every instance sharing the database.
     */
    public void lockIndex() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(INGEST_LOCK).query().singleRow();
    }

    /**
     * Makes one article's passages exactly these, leaving every other article as it is;
     * the caller's transaction holds the index lock.
     * @return how many of the article's stored passages were removed
     */
    @Transactional
    public int replaceArticle(Article article, List<IndexedPassage> passages, String fingerprint,
            IngestObserver observer) {
        lockIndex();
        upsertArticle(article);
        String[] keep = passages.stream().map(IndexedPassage::id).toArray(String[]::new);
        int removed = jdbc.sql("DELETE FROM passage WHERE article_id = ? AND NOT (id = ANY(?))")
            .param(article.id())
            .param(keep)
            .update();
        writePassages(passages, observer);
        recordState(fingerprint);
        return removed;
    }

    /**
     * Takes an article and its passages out of the index (answers stored earlier keep
     * their citations' text).
     * @return how many passages left the index
     */
    @Transactional
    public int removeArticle(String articleId, String fingerprint) {
        lockIndex();
        int removed = jdbc.sql("DELETE FROM passage WHERE article_id = ?").param(articleId).update();
        jdbc.sql("DELETE FROM article WHERE id = ?").param(articleId).update();
        recordState(fingerprint);
        return removed;
    }

    /** Thrown when the corpus an ingest read is no longer the corpus when it writes. */
    public static final class CorpusChangedMeanwhile extends RuntimeException {

        CorpusChangedMeanwhile() {
            super("the corpus changed while the ingest embedded it");
        }

    }

    private void writePassages(List<IndexedPassage> passages, IngestObserver observer) {
        int written = 0;
        for (IndexedPassage p : passages) {
            upsertPassage(p);
            observer.progress(IngestObserver.Stage.WRITING, ++written, passages.size());
        }
    }

    // Every instance's in-memory views (keyword statistics, the corpus's Chinese, the
    // parallel text) are read again when ingested_at moves.
    private void recordState(String fingerprint) {
        refreshKeywordStatistics();
        jdbc.sql("""
                INSERT INTO index_state (singleton, corpus_fingerprint, ingested_at, passage_count, untranslated_count)
                VALUES (true, ?, clock_timestamp(), (SELECT count(*) FROM passage),
                        (SELECT count(*) FROM passage WHERE text_en IS NULL))
                ON CONFLICT (singleton) DO UPDATE SET corpus_fingerprint = excluded.corpus_fingerprint,
                                                      ingested_at = excluded.ingested_at,
                                                      passage_count = excluded.passage_count,
                                                      untranslated_count = excluded.untranslated_count""")
            .param(fingerprint)
            .update();
    }

    private void refreshKeywordStatistics() {
        jdbc.sql("DELETE FROM keyword_stat").update();
        jdbc.sql("INSERT INTO keyword_stat (lang, term, df) "
                + "SELECT 'zh', word, ndoc FROM ts_stat('SELECT keywords_zh FROM passage')")
            .update();
        jdbc.sql("INSERT INTO keyword_stat (lang, term, df) "
                + "SELECT 'en', word, ndoc FROM ts_stat('SELECT keywords_en FROM passage')")
            .update();
    }

    private void upsertArticle(Article a) {
        var m = a.metadata();
        jdbc.sql("""
                INSERT INTO article (id, title_zh, title_en, published, published_basis, source)
                VALUES (:id, :titleZh, :titleEn, :published, :basis, :source)
                ON CONFLICT (id) DO UPDATE SET title_zh = excluded.title_zh, title_en = excluded.title_en,
                    published = excluded.published, published_basis = excluded.published_basis,
                    source = excluded.source""")
            .param("id", m.id())
            .param("titleZh", m.titleZh())
            .param("titleEn", m.titleEn() == null || m.titleEn().isBlank() ? null : m.titleEn())
            .param("published", m.published())
            .param("basis", m.publishedBasis())
            .param("source", m.source())
            .update();
    }

    private void upsertPassage(IndexedPassage p) {
        var d = p.draft();
        jdbc.sql("""
                INSERT INTO passage (id, article_id, ordinal, paragraph_ids, section, text_zh, text_en,
                                     embedding_zh, embedding_en, keywords_zh, gloss_en)
                VALUES (:id, :articleId, :ordinal, :paragraphIds, :section, :zh, :en, :vzh, :ven,
                        to_tsvector('simple', :keywords), :gloss)
                ON CONFLICT (id) DO UPDATE SET ordinal = excluded.ordinal, paragraph_ids = excluded.paragraph_ids,
                                               keywords_zh = excluded.keywords_zh, gloss_en = excluded.gloss_en""")
            .param("id", p.id())
            .param("articleId", d.articleId())
            .param("ordinal", d.ordinal())
            .param("paragraphIds", d.paragraphIds().toArray(String[]::new))
            .param("section", d.section())
            .param("zh", d.text())
            .param("en", d.translation())
            .param("vzh", new PGvector(p.vectors().chinese()))
            .param("ven", p.vectors().english().map(PGvector::new).orElse(null))
            .param("keywords", p.chineseKeywords())
            .param("gloss", p.gloss().orElse(null))
            .update();
        if (p.vectors() instanceof PassageVectors.Fresh fresh) {
            jdbc.sql("DELETE FROM passage_sentence WHERE passage_id = ?").param(p.id()).update();
            List<float[]> english = fresh.englishSentences();
            for (int i = 0; i < fresh.sentences().size(); i++) {
                jdbc.sql(
                        "INSERT INTO passage_sentence (passage_id, ordinal, embedding_zh, embedding_en) VALUES (?, ?, ?, ?)")
                    .param(p.id())
                    .param(i)
                    .param(new PGvector(fresh.sentences().get(i)))
                    .param(i < english.size() ? new PGvector(english.get(i)) : null)
                    .update();
            }
        }
    }

    private static float[] vector(String text) {
        try {
            return new PGvector(text).toArray();
        }
        catch (SQLException e) {
            throw new IllegalStateException("unreadable vector", e);
        }
    }

}
