package city.science.qa.publishing;

import city.science.qa.corpus.Article;
import city.science.qa.corpus.ArticleDocument;
import city.science.qa.corpus.ArticleFormat;
import city.science.qa.corpus.ArticleImporter;
import city.science.qa.corpus.ArticleMetadata;
import city.science.qa.corpus.Paragraph;
import city.science.qa.corpus.RawArticleCleaner;
import city.science.qa.index.IndexedPassage;
import city.science.qa.index.IngestObserver;
import city.science.qa.index.Ingestor;
import city.science.qa.index.PassageStore;
import city.science.qa.library.ArticleHistory;
import city.science.qa.library.ArticleHistory.Action;
import city.science.qa.library.ArticleLibrary;
import city.science.qa.llm.PassageTranslator;
import city.science.qa.web.BadRequestException;
import city.science.qa.web.ConflictException;
import city.science.qa.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Staff's way into the library: draft an article from a pasted page, publish it (new or
 * replacing one), withdraw it. Publishing embeds only the article's new passages, then
 * writes the article, its passages and the history record in one transaction, so the
 * article is answerable on every instance the moment it commits, and a failure changes
 * nothing.
 */
@Service
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private static final String BASIS = "set on the staff page";

    // /api/admin/articles/history and …/drafts: an article of that id could not be read.
    private static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("history", "drafts");

    private final ArticleImporter importer;

    private final ArticleLibrary library;

    private final ArticleHistory history;

    private final Ingestor ingestor;

    private final PassageStore store;

    private final TransactionTemplate transaction;

    private final PassageTranslator translator;

    public Publisher(RawArticleCleaner cleaner, ArticleLibrary library, ArticleHistory history, Ingestor ingestor,
            PassageStore store, TransactionTemplate transaction, PassageTranslator translator) {
        this.importer = new ArticleImporter(cleaner);
        this.library = library;
        this.history = history;
        this.ingestor = ingestor;
        this.store = store;
        this.transaction = transaction;
        this.translator = translator;
    }

    /** The importer's reading of a raw page, for staff to edit. Nothing is stored. */
    public ArticleDraft draft(String rawText, String id) {
        String text = PastedText.check("text", rawText);
        String articleId = id.isBlank() ? suggestedId(text) : id;
        String document;
        try {
            document = importer.importArticle(
                    new ArticleImporter.Request(articleId, text, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        catch (IllegalArgumentException e) {
            throw new BadRequestException("text", "The importer found no paragraph of article text in it ("
                    + e.getMessage() + "). Paste the article's body, not only its headline or links.");
        }
        return draftOf(new ArticleDocument(articleId, document, Optional.empty()).article(),
                library.state(articleId).isPresent());
    }

    /** A stored article as a draft, for replacing it. */
    public ArticleDraft current(String id) {
        ArticleDocument document = library.document(id)
            .orElseThrow(() -> new NotFoundException("No article " + id + " in the library."));
        return draftOf(document.article(), true);
    }

    /**
     * Publishes an article and streams its progress. The request is checked before the
     * stream opens (a bad one is a plain problem response); the work then runs to its end
     * even if the page that asked goes away.
     */
    public Flux<PublicationEvent> publish(PublishRequest request) {
        Optional<ArticleDocument> stored = library.document(request.id());
        checkTaken(request, stored.isPresent());
        ArticleDocument document = documentOf(request, stored);
        Action action = stored.isPresent() ? Action.REPLACED : Action.PUBLISHED;
        Sinks.Many<PublicationEvent> events = Sinks.many().replay().all();
        Mono.fromRunnable(() -> run(request, document, action, events))
            .subscribeOn(Schedulers.boundedElastic())
            .subscribe(null, e -> log.error("publishing {} failed", request.id(), e));
        return events.asFlux();
    }

    /** What a withdrawal did. */
    public record Withdrawn(String articleId, int passagesRemoved) {
    }

    /**
     * Stops serving an article: its passages leave the index; answers that cited it keep
     * the text they cited.
     */
    public Withdrawn withdraw(String id) {
        return transaction.execute(status -> {
            store.lockIndex();
            Optional<ArticleDocument> document = library.document(id);
            if (document.isEmpty()) {
                throw new NotFoundException("No article " + id + " in the library.");
            }
            boolean inStep = indexInStep();
            if (!library.withdraw(id)) {
                throw new ConflictException("The article " + id + " is already withdrawn.");
            }
            int removed = store.removeArticle(id, fingerprint(inStep));
            history.record(Action.WITHDRAWN, id, document.get().article().metadata().titleZh(), removed, 0);
            log.info("withdrew {}: {} passages left the index", id, removed);
            return new Withdrawn(id, removed);
        });
    }

    private void checkTaken(PublishRequest request, boolean taken) {
        if (taken && !request.replace()) {
            String state = library.state(request.id())
                .map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                .orElse("taken");
            throw new ConflictException("An article with the id " + request.id() + " exists (" + state
                    + "). Choose another id, or replace that article.");
        }
    }

    private void run(PublishRequest request, ArticleDocument document, Action action,
            Sinks.Many<PublicationEvent> events) {
        long start = System.nanoTime();
        // The English stays with the passages when the paragraphs are unchanged.
        Article article = document.article();
        int removed;
        Ingestor.Passages passages;
        try {
            passages = ingestor.passagesOf(List.of(article),
                    (step, done, total) -> events
                        .tryEmitNext(new PublicationEvent.Progress(step == IngestObserver.Stage.EMBEDDING
                                ? PublicationEvent.Step.EMBEDDING : PublicationEvent.Step.WRITING, done, total)));
            removed = transaction.execute(status -> {
                store.lockIndex();
                // Under the lock: another publication of this id may have committed
                // since the request was checked.
                checkTaken(request, action == Action.PUBLISHED && library.state(request.id()).isPresent());
                boolean inStep = indexInStep();
                library.publish(document);
                history.record(action, article.id(), article.metadata().titleZh(), passages.indexed().size(),
                        passages.embedded());
                return store.replaceArticle(article, passages.indexed(), fingerprint(inStep),
                        (step, done, total) -> events
                            .tryEmitNext(new PublicationEvent.Progress(PublicationEvent.Step.WRITING, done, total)));
            });
        }
        catch (ConflictException e) {
            events.tryEmitNext(new PublicationEvent.Failed(e.getMessage() + " Nothing was changed."));
            events.tryEmitComplete();
            return;
        }
        catch (RuntimeException e) {
            log.error("publishing {} failed; nothing was changed", article.id(), e);
            events.tryEmitNext(new PublicationEvent.Failed("The article could not be published ("
                    + e.getClass().getSimpleName() + "); nothing was changed. Try again, or tell the maintainers."));
            events.tryEmitComplete();
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("{} {}: {} passages ({} embedded) in {} ms", action, article.id(), passages.indexed().size(),
                passages.embedded(), millis);
        events.tryEmitNext(new PublicationEvent.Published(article.id(), action, passages.indexed().size(),
                passages.embedded(), removed, millis));
        try {
            draftEnglish(article, passages.indexed(), events);
        }
        catch (RuntimeException e) {
            // Published all the same: the drafts can be made when an answer cites it.
            log.warn("no English drafts for {} ({})", article.id(), e.getClass().getSimpleName());
        }
        events.tryEmitComplete();
    }

    /**
     * Whether the index was built from the library as it is (read under the index lock):
     * only then may a change to one article record the index as current. An index left
     * behind (an instance that seeded and then failed to ingest) stays marked behind, so
     * the next start-up ingests it whole.
     */
    private boolean indexInStep() {
        return store.corpusFingerprint().equals(Optional.of(ingestor.indexFingerprint(library.currentFingerprint())));
    }

    private String fingerprint(boolean inStep) {
        String now = ingestor.indexFingerprint(library.currentFingerprint());
        return inStep ? now : "behind/" + now;
    }

    // With a language model configured the new passages' English drafts wait in the
    // translation review; without one this does nothing.
    private void draftEnglish(Article article, List<IndexedPassage> passages, Sinks.Many<PublicationEvent> events) {
        if (!article.translations().isEmpty()) {
            return;
        }
        Map<String, String> chinese = new LinkedHashMap<>();
        passages.forEach(p -> chinese.put(p.id(), p.draft().text()));
        translator.draft(chinese, done -> events
            .tryEmitNext(new PublicationEvent.Progress(PublicationEvent.Step.TRANSLATING, done, chinese.size())));
    }

    /**
     * The document to store: the request's fields over what the stored article had
     * (captions, credits, its English title while the Chinese one is unchanged), and its
     * English only while its paragraphs are unchanged: a translation of other text would
     * cite the wrong sentences.
     */
    private ArticleDocument documentOf(PublishRequest request, Optional<ArticleDocument> stored) {
        if (RESERVED_IDS.contains(request.id())) {
            throw new BadRequestException("id", "The id " + request.id() + " names a page of the API; choose another.");
        }
        List<Paragraph> paragraphs = paragraphs(PastedText.check("body", request.body()));
        if (paragraphs.isEmpty()) {
            throw new BadRequestException("body", "The article has no paragraphs: only headings.");
        }
        String title = PastedText.check("title", request.title());
        String source = PastedText.check("source", request.source());
        Optional<Article> before = stored.map(ArticleDocument::article);
        boolean unchanged = before.isPresent() && sameText(before.get().paragraphs(), paragraphs);
        if (unchanged) {
            // Unchanged text keeps its paragraph ids, which its English is keyed by.
            paragraphs = before.get().paragraphs();
        }
        Optional<ArticleMetadata> old = before.map(Article::metadata);
        String titleEn = old.filter(m -> m.titleZh().equals(title)).map(ArticleMetadata::titleEn).orElse("");
        String basis = request.published().isEmpty() ? ""
                : old.filter(m -> m.published().equals(request.published()))
                    .map(ArticleMetadata::publishedBasis)
                    .orElse(BASIS);
        ArticleMetadata meta = new ArticleMetadata(request.id(), title, titleEn, request.published(), basis, source,
                old.map(ArticleMetadata::captions).orElse(List.of()),
                old.map(ArticleMetadata::credits).orElse(List.of()), List.of());
        String chinese;
        try {
            chinese = ArticleFormat.write(meta, paragraphs);
            // A stored article must read back as it was written.
            ArticleFormat.parse(chinese);
        }
        catch (IllegalArgumentException e) {
            throw new BadRequestException("body", "The article cannot be stored as written (" + e.getMessage()
                    + "). Check the section headings: a line starting with ## needs a heading after it.");
        }
        Optional<String> english = unchanged ? stored.get().english() : Optional.empty();
        return new ArticleDocument(request.id(), chinese, english);
    }

    private static boolean sameText(List<Paragraph> a, List<Paragraph> b) {
        return a.size() == b.size() && java.util.stream.IntStream.range(0, a.size())
            .allMatch(i -> a.get(i).text().equals(b.get(i).text()) && a.get(i).section().equals(b.get(i).section()));
    }

    /**
     * The body as staff edit it: blocks separated by blank lines; {@code ## } opens a
     * section. Paragraph ids are given in order, as the importer gives them.
     */
    static List<Paragraph> paragraphs(String body) {
        List<Paragraph> out = new ArrayList<>();
        String section = "";
        for (String block : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = block.strip();
            if (text.startsWith("## ")) {
                int end = text.indexOf('\n');
                section = (end < 0 ? text.substring(3) : text.substring(3, end)).strip();
                text = end < 0 ? "" : text.substring(end + 1).strip();
            }
            if (!text.isEmpty()) {
                out.add(new Paragraph("p%02d".formatted(out.size() + 1), section, joinLines(text)));
            }
        }
        return out;
    }

    // A paragraph wrapped over lines is one line again: Chinese joins without a space,
    // other scripts with one.
    private static String joinLines(String text) {
        String[] lines = text.split("\\s*\n\\s*");
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            boolean chinese = Character.isIdeographic(out.codePointBefore(out.length()))
                    || Character.isIdeographic(lines[i].codePointAt(0))
                    || Character.UnicodeBlock
                        .of(lines[i].charAt(0)) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock
                        .of(out.charAt(out.length() - 1)) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock
                        .of(out.charAt(out.length() - 1)) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
            out.append(chinese ? "" : " ").append(lines[i]);
        }
        return out.toString();
    }

    static String body(List<Paragraph> paragraphs) {
        StringBuilder out = new StringBuilder();
        String section = "";
        for (Paragraph p : paragraphs) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            if (!p.section().equals(section)) {
                section = p.section();
                out.append("## ").append(section).append('\n');
            }
            out.append(p.text());
        }
        return out.toString();
    }

    private static ArticleDraft draftOf(Article article, boolean taken) {
        ArticleMetadata m = article.metadata();
        return new ArticleDraft(article.id(), m.titleZh(), m.published(), m.publishedBasis(), m.source(),
                body(article.paragraphs()), m.notes(), taken);
    }

    // Ids are file names too; a date and a digest of the text make one that is stable for
    // the same paste and readable in a list.
    private static String suggestedId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "article-" + LocalDate.now() + "-" + HexFormat.of().formatHex(digest, 0, 3);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
