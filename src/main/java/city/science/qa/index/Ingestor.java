package city.science.qa.index;

import city.science.qa.corpus.Article;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Chunker;
import city.science.qa.corpus.Corpus;
import city.science.qa.corpus.CorpusReader;
import city.science.qa.corpus.CorpusSource;
import city.science.qa.corpus.Figures;
import city.science.qa.corpus.PassageDraft;
import city.science.qa.corpus.Sentences;
import city.science.qa.translation.Gloss;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings the index in step with the corpus, whole (start-up, reindex) or one article at a
 * time (publishing). Passages are keyed by content hash, so only new or changed passages
 * are embedded; each write is one transaction, so the previous index keeps serving until
 * the new one is complete.
 */
@Service
public class Ingestor {

    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    // Bumped when what an ingest stores changes, so start-up re-ingests an unchanged
    // corpus once.
    private static final String INDEX_FORMAT = "8";

    // Ingests that read a corpus another instance changed before they took the index lock
    // read it again, at most this often.
    private static final int ATTEMPTS = 3;

    private final CorpusSource reader;

    private final Chunker chunker;

    private final Embeddings embeddings;

    private final ChineseWords words;

    private final PassageStore store;

    private final IndexProperties properties;

    private final Gloss gloss;

    public Ingestor(CorpusSource reader, Chunker chunker, Embeddings embeddings, ChineseWords words, PassageStore store,
            IndexProperties properties, Gloss gloss) {
        this.gloss = gloss;
        this.reader = reader;
        this.chunker = chunker;
        this.embeddings = embeddings;
        this.words = words;
        this.store = store;
        this.properties = properties;
    }

    /**
     * The same ingest for another corpus folder: a staging copy, or a test's edited
     * corpus.
     */
    public Ingestor withCorpus(CorpusReader otherCorpus) {
        // The folder alone, exactly: the articles staff published stay in the library
        // and come back with the next ingest of the library.
        return new Ingestor(otherCorpus, chunker, embeddings, words, store, properties, gloss);
    }

    public boolean corpusChanged() {
        // The fingerprint alone: start-up then reads and parses the articles only when it
        // ingests.
        reader.refresh();
        return !store.corpusFingerprint().equals(java.util.Optional.of(indexFingerprint(reader.currentFingerprint())));
    }

    public IngestReport ingest() {
        return ingest(IngestObserver.NONE);
    }

    public synchronized IngestReport ingest(IngestObserver observer) {
        for (int attempt = 1;; attempt++) {
            try {
                return ingestOnce(observer);
            }
            catch (PassageStore.CorpusChangedMeanwhile changed) {
                if (attempt == ATTEMPTS) {
                    throw changed;
                }
                log.info("ingest: the corpus changed while this ingest embedded it; reading it again");
            }
        }
    }

    private IngestReport ingestOnce(IngestObserver observer) {
        long start = System.nanoTime();
        Corpus corpus = reader.read();
        Passages passages = passagesOf(corpus.articles(), observer);
        String expected = corpus.fingerprint();
        int removed = store.replaceWith(corpus.articles(), passages.indexed(), indexFingerprint(expected),
                () -> expected.equals(reader.currentFingerprint()), (stage, written, total) -> {
                    if (written == 1 || written % 25 == 0) {
                        log.debug("ingest: wrote {} of {} passages (not committed)", written, total);
                    }
                    observer.progress(stage, written, total);
                });
        IngestReport report = new IngestReport(corpus.articles().size(), passages.indexed().size(), passages.embedded(),
                passages.indexed().size() - passages.embedded(), removed, (System.nanoTime() - start) / 1_000_000);
        log.info("ingest: {}", report);
        return report;
    }

    /**
     * Some articles' passages, ready to write: stored vectors where the passage is
     * unchanged, fresh ones (the slow part, reported to the observer) where it is new.
     */
    public Passages passagesOf(List<Article> articles, IngestObserver observer) {
        List<PassageDraft> drafts = new ArrayList<>();
        for (Article article : articles) {
            drafts.addAll(chunker.chunk(article));
        }
        Map<String, PassageVectors> stored = store
            .storedVectors(drafts.stream().map(PassageDraft::contentHash).toList());
        List<PassageDraft> fresh = drafts.stream().filter(d -> !stored.containsKey(d.contentHash())).toList();
        log.info("ingest: embedding {} new or changed passages of {}", fresh.size(), drafts.size());
        Map<String, PassageVectors> embedded = embed(fresh, observer);
        return new Passages(drafts.stream()
            .map(d -> new IndexedPassage(d.contentHash(), d,
                    stored.getOrDefault(d.contentHash(), embedded.get(d.contentHash())), keywords(d), glossOf(d)))
            .toList(), fresh.size());
    }

    /** An article's passages, and how many of them had to be embedded. */
    public record Passages(List<IndexedPassage> indexed, int embedded) {
    }

    /**
     * What the index records as built from a corpus: the corpus, and how it was cut and
     * stored.
     */
    public String indexFingerprint(String corpusFingerprint) {
        return corpusFingerprint + "/" + chunker.settings() + "/" + INDEX_FORMAT;
    }

    private Map<String, PassageVectors> embed(List<PassageDraft> drafts, IngestObserver observer) {
        Map<String, PassageVectors> out = new java.util.HashMap<>();
        int batch = Math.max(1, properties.embedBatchSize());
        observer.progress(IngestObserver.Stage.EMBEDDING, 0, drafts.size());
        for (int i = 0; i < drafts.size(); i += batch) {
            List<PassageDraft> part = drafts.subList(i, Math.min(drafts.size(), i + batch));
            List<float[]> zh = embeddings.chinese(part.stream().map(Ingestor::chineseInput).toList());
            // The English side of a passage is its translation, or, until it has one, its
            // gloss.
            List<float[]> en = embeddings.english(part.stream().map(this::englishInput).toList());
            for (int j = 0; j < part.size(); j++) {
                PassageDraft d = part.get(j);
                Sentences.Aligned sentences = Sentences.aligned(d.text(), d.translation());
                List<String> english = d.translation() == null ? gloss.of(sentences.chinese()) : sentences.english();
                out.put(d.contentHash(), new PassageVectors.Fresh(zh.get(j), java.util.Optional.of(en.get(j)),
                        embeddings.chinese(sentences.chinese()), embeddings.english(english)));
                observer.progress(IngestObserver.Stage.EMBEDDING, out.size(), drafts.size());
            }
        }
        return out;
    }

    /** The pseudo-English the English indexes see of a passage not yet translated. */
    private java.util.Optional<String> glossOf(PassageDraft d) {
        return d.translation() == null ? java.util.Optional.of(gloss.of(d.text())) : java.util.Optional.empty();
    }

    // The section heading tells the model what a terse paragraph is about.
    private static String chineseInput(PassageDraft d) {
        return d.section().isEmpty() ? d.text() : d.section() + "\n" + d.text();
    }

    private String englishInput(PassageDraft d) {
        return d.translation() == null ? gloss.of(d.text()) : d.translation();
    }

    // Figures go in as normalized tokens (fign702, figp40) from both texts, so 3141.9亿
    // and
    // "314.19 billion" in a question find the same passage.
    private String keywords(PassageDraft d) {
        String figures = Figures.in(d.text() + "\n" + (d.translation() == null ? "" : d.translation()))
            .stream()
            .map(Figures.Figure::token)
            .distinct()
            .collect(java.util.stream.Collectors.joining(" "));
        return String.join(" ", words.tokens(d.section() + " " + d.text())) + " " + figures;
    }

}
