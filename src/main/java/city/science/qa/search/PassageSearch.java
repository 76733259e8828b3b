package city.science.qa.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * The search the API and the answerers use: the retrievers configured for the question's
 * language, fused by reciprocal rank.
 */
@Service
public class PassageSearch {

    /** The most passages one search returns. */
    public static final int MAX_K = 50;

    private static final int RRF_K = 60;

    private static final int EVIDENCE_PASSAGES = 3;

    private final QueryFactory queries;

    private final Retrievers retrievers;

    private final PassageReader reader;

    private final KeywordRetriever keywords;

    private final SearchProperties properties;

    private final RankFusion fusion = new RankFusion(RRF_K);

    // A thread per core at most, none kept idle; when every one is busy (many searches at
    // once) the searching thread runs the retriever itself, one after the other, as it
    // would on one core.
    private final ExecutorService besideThreads = new ThreadPoolExecutor(0, Runtime.getRuntime().availableProcessors(),
            30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "search-beside");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    private final MeterRegistry meters;

    public PassageSearch(QueryFactory queries, Retrievers retrievers, PassageReader reader, KeywordRetriever keywords,
            SearchProperties properties, MeterRegistry meters) {
        this.keywords = keywords;
        this.meters = meters;
        this.queries = queries;
        this.retrievers = retrievers;
        this.reader = reader;
        this.properties = properties;
    }

    /** How many passages an answer is chosen from. */
    public int answerPassages() {
        return properties.defaultK();
    }

    public List<SearchHit> search(String question, int k) {
        return search(queries.of(question), k);
    }

    public List<SearchHit> search(Query query, int k) {
        int limit = Math.max(1, Math.min(k, MAX_K));
        Map<String, Double> ranked = rank(query);
        return stage("read").record(() -> reader.hits(top(ranked, limit), query));
    }

    /**
     * One search for several phrasings of a question (an English question and its Chinese
     * translation): each query's fused ranking, fused again. Similarity is to the first
     * query.
     */
    public List<SearchHit> search(List<Query> phrasings, int k) {
        return search(phrasings, List.of(), k);
    }

    /**
     * The same, with more phrasings searched by their words alone: a phrasing that only
     * leaves words out of the question (its figure without its words of change) would pay
     * for its embeddings and find what the question's own already found.
     */
    public List<SearchHit> search(List<Query> phrasings, List<Query> byWords, int k) {
        if (phrasings.size() == 1 && byWords.isEmpty()) {
            return search(phrasings.get(0), k);
        }
        int limit = Math.max(1, Math.min(k, MAX_K));
        List<List<String>> rankings = new java.util.ArrayList<>();
        phrasings.forEach(q -> rankings.add(List.copyOf(rank(q).keySet())));
        byWords.forEach(q -> rankings.add(List.copyOf(rankByWords(q).keySet())));
        Map<String, Double> fused = fusion.fuse(rankings);
        return stage("read").record(() -> reader.hits(top(fused, limit), phrasings.get(0)));
    }

    private static final java.util.Set<RetrieverName> BY_WORDS = java.util.EnumSet.of(RetrieverName.KEYWORD_ZH,
            RetrieverName.KEYWORD_EN, RetrieverName.CROSS_ZH);

    /** The keyword retrievers' fused ranking, without embedding the query. */
    private Map<String, Double> rankByWords(Query query) {
        return fused(query, BY_WORDS::contains, false);
    }

    /**
     * The passages that introduce a subject in the articles of these hits that hold none
     * naming it, as hits for the query.
     */
    public List<SearchHit> introducing(List<SearchHit> hits, java.util.Collection<String> names, Query query) {
        java.util.Set<String> silent = new java.util.LinkedHashSet<>();
        java.util.Set<String> naming = new java.util.HashSet<>();
        for (SearchHit hit : hits) {
            (names.stream().anyMatch(hit.text()::contains) ? naming : silent).add(hit.articleId());
        }
        silent.removeAll(naming);
        return read(reader.firstHolding(silent, names), query);
    }

    /** The passages with these ids, in this order, as hits for the query. */
    public List<SearchHit> read(List<String> ids, Query query) {
        Map<String, Double> ranked = new LinkedHashMap<>();
        ids.forEach(id -> ranked.put(id, 0.0));
        return reader.hits(ranked, query);
    }

    /** How well these hits (the first few) cover the question. */
    public Evidence evidence(Query query, List<SearchHit> hits) {
        SearchHit best = hits.stream().max(java.util.Comparator.comparingDouble(SearchHit::similarity)).orElse(null);
        double similarity = best == null ? 0 : best.similarity();
        boolean glossed = best != null && query.language() == Language.EN && best.translation() == null;
        List<String> ids = hits.stream().limit(EVIDENCE_PASSAGES).map(SearchHit::passageId).toList();
        double coverage = stage("evidence").record(() -> keywords.coverage(query, ids));
        if (!query.quotesChinese()) {
            return new Evidence(similarity, coverage, glossed);
        }
        OptionalDouble inChinese = stage("evidence")
            .record(() -> reader.chineseSimilarities(ids, query).stream().mapToDouble(Double::doubleValue).max());
        return new Evidence(similarity, coverage, glossed, inChinese);
    }

    /** Fused scores of the candidate passages, best first. */
    public Map<String, Double> rank(Query query) {
        return fused(query, name -> true, true);
    }

    /**
     * The steps of one search: 1. start the retrievers that embed a text of their own, on
     * other threads; 2. embed the question; 3. run the other retrievers; 4. fuse every
     * ranking. Each embedding model runs in one thread ({@code index/Embeddings}), so on
     * a machine of two cores the question's English vector and its word-for-word Chinese
     * one are computed at once.
     */
    private Map<String, Double> fused(Query query, java.util.function.Predicate<RetrieverName> which,
            boolean embedding) {
        List<SearchProperties.Fused> chosen = properties.fusionFor(query.language())
            .stream()
            .filter(f -> which.test(f.retriever()))
            .toList();
        Map<Integer, Future<List<String>>> beside = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            RetrieverName name = chosen.get(i).retriever();
            if (name.embedsItsOwnQuery()) {
                beside.put(i, besideThreads.submit(() -> ranking(name, query)));
            }
        }
        if (embedding) {
            stage("embed").record(() -> embed(query));
        }
        List<List<String>> rankings = new ArrayList<>(Collections.nCopies(chosen.size(), List.of()));
        for (int i = 0; i < chosen.size(); i++) {
            if (!beside.containsKey(i)) {
                rankings.set(i, ranking(chosen.get(i).retriever(), query));
            }
        }
        beside.forEach((i, running) -> rankings.set(i, joined(running)));
        List<Double> weights = chosen.stream().map(SearchProperties.Fused::weight).toList();
        return stage("fuse").record(() -> fusion.fuse(rankings, weights));
    }

    private List<String> ranking(RetrieverName name, Query query) {
        Retriever retriever = retrievers.named(name);
        return stage(retriever.name()).record(() -> retriever.rank(query, properties.candidates()));
    }

    private static List<String> joined(Future<List<String>> running) {
        try {
            return running.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", ex);
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    // The question's vector up front, so the embedding time is its own stage rather than
    // hidden in
    // a retriever. An English question needs the Chinese one only for passages not yet
    // translated.
    private static void embed(Query query) {
        if (query.language() == Language.EN) {
            query.vectors().english();
        }
        else {
            query.vectors().chinese();
        }
    }

    private Timer stage(String name) {
        return Timer.builder("scqa.search.stage")
            .tag("stage", name)
            .description("Time spent in one stage of the search pipeline")
            .register(meters);
    }

    private static Map<String, Double> top(Map<String, Double> ranked, int limit) {
        Map<String, Double> out = new LinkedHashMap<>();
        ranked.entrySet().stream().limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

}
