package city.science.qa.eval;

import city.science.qa.search.Language;
import city.science.qa.search.RankFusion;
import city.science.qa.search.RetrieverName;
import city.science.qa.search.Retrievers;
import city.science.qa.translation.ChineseEnglishDictionary;
import city.science.qa.search.PassageReader;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.Retriever;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Search latency on this machine: {@code /api/search} over HTTP, the fused pipeline in
 * process with each stage's share, and the naive baseline in the same run, over the
 * evaluation questions.
 */
public class SearchBenchmark {

    private static final int ROUNDS = 5;

    private final PassageSearch search;

    private final QueryFactory queries;

    private final Retriever baseline;

    private final PassageReader reader;

    private final MeterRegistry meters;

    private final Retrievers retrievers;

    public SearchBenchmark(PassageSearch search, QueryFactory queries, Retriever baseline, PassageReader reader,
            MeterRegistry meters, Retrievers retrievers) {
        this.retrievers = retrievers;
        this.search = search;
        this.queries = queries;
        this.baseline = baseline;
        this.reader = reader;
        this.meters = meters;
    }

    public void run(Path evalDir, int port, PrintStream out) throws Exception {
        List<String> questions = EvalSet.load(evalDir).stream().map(EvalQuestion::q).toList();
        questions.forEach(q -> search.search(q, 5));
        questions.forEach(this::baseline);

        Map<String, Double> before = stageTotals();
        Latencies fused = new Latencies();
        Latencies baseline = new Latencies();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : questions) {
                fused.add(time(() -> search.search(q, 5)));
                baseline.add(time(() -> baseline(q)));
            }
        }
        Map<String, Double> after = stageTotals();
        Latencies http = http(questions, port);

        out.printf("%nSearch latency, %d questions x %d rounds, k = 5, 2-core machine%n", questions.size(), ROUNDS);
        out.println(Latencies.header());
        out.println(http.row("GET /api/search (HTTP, end to end)"));
        out.println(fused.row("fused pipeline (in process)"));
        out.println(baseline.row("naive baseline (in process)"));
        out.printf("%n  stage shares of the fused pipeline:%n");
        double total = after.entrySet()
            .stream()
            .mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0))
            .sum();
        after.forEach((stage, ms) -> {
            double spent = ms - before.getOrDefault(stage, 0.0);
            out.printf("    %-20s %5.1f%%  (%.2f ms per query)%n", stage, 100 * spent / total, spent / fused.count());
        });
        english(EvalSet.load(evalDir), out);
        dictionary(out);
    }

    /**
     * English search now (dictionary query translation, the two cross-lingual retrievers)
     * against the English fusion before them (dense-en-sentence, keyword-en, cross-zh on
     * glossary names only, weight 2), interleaved in one run over the same index.
     */
    private void english(List<EvalQuestion> set, PrintStream out) {
        List<String> english = set.stream().filter(q -> q.lang() == Language.EN).map(EvalQuestion::q).toList();
        RankFusion fusion = new RankFusion(60);
        List<Retriever> previous = List.of(retrievers.named(RetrieverName.DENSE_EN_SENTENCE),
                retrievers.named(RetrieverName.KEYWORD_EN), retrievers.named(RetrieverName.CROSS_ZH));
        Latencies now = new Latencies();
        Latencies was = new Latencies();
        for (int round = 0; round <= ROUNDS; round++) {
            for (String q : english) {
                long n = time(() -> search.search(q, 5));
                long b = time(() -> {
                    Query full = queries.of(q);
                    Query query = new Query(full.text(), full.language(), full.terms(), full.crossTerms(),
                            full.figureTokens(), full.alternatives(), List.of(), List.of(), full.vectors());
                    List<List<String>> rankings = previous.stream().map(r -> r.rank(query, 30)).toList();
                    List<String> ids = List.copyOf(fusion.fuse(rankings, List.of(1.0, 1.0, 2.0)).keySet());
                    search.read(ids.subList(0, Math.min(5, ids.size())), query);
                });
                if (round > 0) {
                    now.add(n);
                    was.add(b);
                }
            }
        }
        out.printf("%nEnglish search, %d questions x %d rounds, in process, interleaved:%n", english.size(), ROUNDS);
        out.println(Latencies.header());
        out.println(now.row("now (dictionary + cross-lingual)"));
        out.println(was.row("before issue 12"));
        out.printf("  p95 now / before: %.2f%n", now.percentile(95) / was.percentile(95));
    }

    /** What the CC-CEDICT dictionary costs at start-up: load time and retained heap. */
    private static void dictionary(PrintStream out) {
        Runtime runtime = Runtime.getRuntime();
        List<Long> millis = new java.util.ArrayList<>();
        long retained = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            long used = runtime.totalMemory() - runtime.freeMemory();
            long start = System.nanoTime();
            ChineseEnglishDictionary dictionary = ChineseEnglishDictionary.load();
            millis.add((System.nanoTime() - start) / 1_000_000);
            System.gc();
            retained = runtime.totalMemory() - runtime.freeMemory() - used;
            out.printf("%s", dictionary.size() > 0 ? "" : "empty dictionary");
        }
        java.util.Collections.sort(millis);
        out.printf("%nCC-CEDICT dictionary: loaded in %d ms (median of 3; %s), about %d MB of heap retained%n",
                millis.get(1), millis, retained / (1024 * 1024));
    }

    private void baseline(String q) {
        Query query = queries.of(q);
        Map<String, Double> ranked = new LinkedHashMap<>();
        baseline.rank(query, 5).forEach(id -> ranked.put(id, 0.0));
        reader.hits(ranked, query);
    }

    private Latencies http(List<String> questions, int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Latencies latencies = new Latencies();
        for (int round = 0; round <= ROUNDS; round++) {
            for (String q : questions) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/search?k=5&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .build();
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("search answered " + response.statusCode());
                }
                if (round > 0) {
                    latencies.add(System.nanoTime() - start);
                }
            }
        }
        return latencies;
    }

    private Map<String, Double> stageTotals() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Timer t : meters.find("scqa.search.stage").timers()) {
            out.put(t.getId().getTag("stage"), t.totalTime(TimeUnit.MILLISECONDS));
        }
        return out;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

}
