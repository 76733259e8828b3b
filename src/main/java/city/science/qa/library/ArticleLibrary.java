package city.science.qa.library;

import city.science.qa.corpus.Article;
import city.science.qa.corpus.ArticleDocument;
import city.science.qa.corpus.Corpus;
import city.science.qa.corpus.CorpusProperties;
import city.science.qa.corpus.CorpusReader;
import city.science.qa.corpus.CorpusSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The articles a deployment serves. Rows of origin {@link Origin#CORPUS} are exactly the
 * {@code corpus/} folder of the instance that seeded last; rows of origin
 * {@link Origin#STAFF} were published, replaced or withdrawn from the staff page, and
 * seeding never touches them, so an instance that starts with an older folder cannot take
 * back what staff did.
 */
@Repository
public class ArticleLibrary implements CorpusSource {

    private static final Logger log = LoggerFactory.getLogger(ArticleLibrary.class);

    // Seeding instances take turns: two that start together must not interleave.
    private static final long SEED_LOCK = 0x5c0a_5eedL;

    private final JdbcClient jdbc;

    private final CorpusReader folder;

    private final TransactionTemplate transaction;

    private final TransactionTemplate snapshot;

    public ArticleLibrary(JdbcClient jdbc, CorpusProperties properties, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.folder = new CorpusReader(properties.dir());
        this.transaction = transaction;
        this.snapshot = new TransactionTemplate(transaction.getTransactionManager());
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** Where a row came from, and so who may change it. */
    public enum Origin {

        CORPUS, STAFF

    }

    /** Whether an article is served. */
    public enum State {

        PUBLISHED, WITHDRAWN

    }

    /** One article of the library, as the staff page lists it. */
    public record Entry(String id, String title, String published, String source, Origin origin, State state,
            boolean translated, OffsetDateTime updatedAt) {
    }

    /** The served corpus, after seeding the library from the folder. */
    @Override
    public void refresh() {
        seed();
    }

    @Override
    public Corpus read() {
        seed();
        // The articles and their fingerprint from one snapshot: a publication committing
        // between two reads would pair an older corpus with a newer fingerprint, and the
        // ingest would then write the older corpus as current.
        return snapshot.execute(status -> new Corpus(
                published().stream().map(ArticleLibrary::readable).flatMap(Optional::stream).toList(),
                currentFingerprint()));
    }

    // One unreadable stored document (edited by hand in the database) must not stop the
    // service from serving the others.
    private static Optional<Article> readable(ArticleDocument document) {
        try {
            return Optional.of(document.article());
        }
        catch (RuntimeException e) {
            log.error("article {} in the library cannot be read ({}); it is not served", document.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The documents of every served article, by id. */
    public List<ArticleDocument> published() {
        return jdbc.sql("SELECT id, chinese, english FROM article_document WHERE state = 'published' ORDER BY id")
            .query((rs, n) -> new ArticleDocument(rs.getString("id"), rs.getString("chinese"),
                    Optional.ofNullable(rs.getString("english"))))
            .list();
    }

    /**
     * Writes every served article into a corpus folder as {@code articles/<id>.md} (and
     * {@code <id>.en.md}), the format {@code corpus/} keeps in git, and removes the files
     * of withdrawn articles.
     * @return the ids written
     */
    public List<String> export(java.nio.file.Path corpusDir) throws java.io.IOException {
        java.nio.file.Path articles = java.nio.file.Files.createDirectories(corpusDir.resolve("articles"));
        List<String> written = new java.util.ArrayList<>();
        for (ArticleDocument d : published()) {
            java.nio.file.Files.writeString(fileIn(articles, d.id() + ".md"), d.chinese());
            java.nio.file.Path english = fileIn(articles, d.id() + ".en.md");
            if (d.english().isPresent()) {
                java.nio.file.Files.writeString(english, d.english().get());
            }
            else {
                java.nio.file.Files.deleteIfExists(english);
            }
            written.add(d.id());
        }
        // A withdrawn article's files go too: kept, they would seed it back into a new
        // database.
        for (String withdrawn : jdbc.sql("SELECT id FROM article_document WHERE state = 'withdrawn'")
            .query(String.class)
            .list()) {
            java.nio.file.Files.deleteIfExists(fileIn(articles, withdrawn + ".md"));
            java.nio.file.Files.deleteIfExists(fileIn(articles, withdrawn + ".en.md"));
        }
        return written;
    }

    /** A digest of every published article's text: equal on every instance. */
    @Override
    public String currentFingerprint() {
        return jdbc.sql("""
                SELECT coalesce(md5(string_agg(id || ':' || md5(chinese) || ':' || md5(coalesce(english, '')), ','
                                               ORDER BY id)), 'empty')
                FROM article_document WHERE state = 'published'""").query(String.class).single();
    }

    /**
     * Brings the {@link Origin#CORPUS} rows in step with the folder: new files are added,
     * changed ones updated, removed ones deleted. An id staff have published or withdrawn
     * is theirs: the folder's file of that id is ignored.
     */
    public void seed() {
        List<ArticleDocument> documents = folder.documents();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SEED_LOCK).query().singleRow();
            for (ArticleDocument d : documents) {
                jdbc.sql("""
                        INSERT INTO article_document (id, chinese, english, origin, state)
                        VALUES (:id, :chinese, :english, 'corpus', 'published')
                        ON CONFLICT (id) DO UPDATE SET chinese = excluded.chinese, english = excluded.english,
                                                       updated_at = now()
                        WHERE article_document.origin = 'corpus'
                          AND (article_document.chinese, article_document.english)
                              IS DISTINCT FROM (excluded.chinese, excluded.english)""")
                    .param("id", d.id())
                    .param("chinese", d.chinese())
                    .param("english", d.english().orElse(null))
                    .update();
            }
            jdbc.sql("DELETE FROM article_document WHERE origin = 'corpus' AND NOT (id = ANY(?))")
                .param(documents.stream().map(ArticleDocument::id).toArray(String[]::new))
                .update();
        });
    }

    private static java.nio.file.Path fileIn(java.nio.file.Path folder, String name) {
        java.nio.file.Path file = folder.resolve(name).normalize();
        if (!file.getParent().equals(folder.normalize())) {
            throw new IllegalStateException("an article id that is not a file name: " + name);
        }
        return file;
    }

    public Optional<ArticleDocument> document(String id) {
        return jdbc.sql("SELECT id, chinese, english FROM article_document WHERE id = ?")
            .param(id)
            .query((rs, n) -> new ArticleDocument(rs.getString("id"), rs.getString("chinese"),
                    Optional.ofNullable(rs.getString("english"))))
            .optional();
    }

    public Optional<State> state(String id) {
        return jdbc.sql("SELECT state FROM article_document WHERE id = ?")
            .param(id)
            .query(String.class)
            .optional()
            .map(s -> State.valueOf(s.toUpperCase(Locale.ROOT)));
    }

    /** Every article, published first, newest change first. */
    public List<Entry> entries() {
        return jdbc.sql("""
                SELECT id, chinese, english IS NOT NULL AS translated, origin, state, updated_at FROM article_document
                ORDER BY state = 'withdrawn', updated_at DESC, id""").query((rs, n) -> {
            String id = rs.getString("id");
            Optional<Article> article = readable(new ArticleDocument(id, rs.getString("chinese"), Optional.empty()));
            return new Entry(id, article.map(a -> a.metadata().titleZh()).orElse("(unreadable document)"),
                    article.map(a -> a.metadata().published()).orElse(""),
                    article.map(a -> a.metadata().source()).orElse(""),
                    Origin.valueOf(rs.getString("origin").toUpperCase(Locale.ROOT)),
                    State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), rs.getBoolean("translated"),
                    rs.getObject("updated_at", OffsetDateTime.class));
        }).list();
    }

    /**
     * Stores a staff article (new, or replacing one of the same id); the caller's
     * transaction also indexes it. A replaced article keeps its English document only if
     * the caller passes one.
     */
    public void publish(ArticleDocument document) {
        jdbc.sql("""
                INSERT INTO article_document (id, chinese, english, origin, state) VALUES (:id, :chinese, :english,
                    'staff', 'published')
                ON CONFLICT (id) DO UPDATE SET chinese = excluded.chinese, english = excluded.english,
                    origin = 'staff', state = 'published', updated_at = now()""")
            .param("id", document.id())
            .param("chinese", document.chinese())
            .param("english", document.english().orElse(null))
            .update();
    }

    /**
     * Stops serving an article; its row stays (withdrawn, and the staff's from now on, so
     * that seeding cannot bring it back).
     * @return whether a published article of that id was withdrawn
     */
    public boolean withdraw(String id) {
        return jdbc.sql("""
                UPDATE article_document SET state = 'withdrawn', origin = 'staff', updated_at = now()
                WHERE id = ? AND state = 'published'""").param(id).update() == 1;
    }

}
