package city.science.qa.eval;

import city.science.qa.ask.QuestionService;
import city.science.qa.search.Language;
import java.io.PrintStream;
import java.util.List;

/**
 * English search (what {@code /api/search} runs, in process) over the served corpus and
 * over the same corpus with the evaluation articles added untranslated: the cross-lingual
 * retrievers then rank every passage's Chinese, and pinyin names are read against more
 * text. The two are measured in one run, so their ratio is the figure.
 */
final class MixedCorpusBenchmark {

    private static final int ROUNDS = 3;

    private MixedCorpusBenchmark() {
    }

    /**
     * Where the time of a measured run went: per search stage, and outside the stages.
     */
    record Run(Latencies latencies, java.util.Map<String, Double> stageMillis) {
    }

    /** The English questions' search latency over the corpus this service indexes. */
    static Run englishSearch(QuestionService questions, io.micrometer.core.instrument.MeterRegistry meters,
            List<EvalQuestion> set) {
        List<String> english = set.stream().filter(q -> q.lang() == Language.EN).map(EvalQuestion::q).toList();
        // One round to warm caches (the corpus text, the dictionary, the JIT), not
        // counted.
        english.forEach(q -> questions.search(q, 5));
        java.util.Map<String, Double> before = stageTotals(meters);
        Latencies latencies = new Latencies();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : english) {
                long start = System.nanoTime();
                questions.search(q, 5);
                latencies.add(System.nanoTime() - start);
            }
        }
        java.util.Map<String, Double> spent = new java.util.TreeMap<>();
        stageTotals(meters).forEach((stage, ms) -> spent.put(stage, ms - before.getOrDefault(stage, 0.0)));
        return new Run(latencies, spent);
    }

    private static java.util.Map<String, Double> stageTotals(io.micrometer.core.instrument.MeterRegistry meters) {
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        for (io.micrometer.core.instrument.Timer t : meters.find("scqa.search.stage").timers()) {
            out.put(t.getId().getTag("stage"), t.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
        }
        return out;
    }

    static void print(Run servedRun, Run mixedRun, int added, PrintStream out) {
        Latencies served = servedRun.latencies();
        Latencies mixed = mixedRun.latencies();
        out.printf("%nEnglish search, served corpus against it with %d evaluation articles added untranslated "
                + "(%d searches each, in process):%n", added, served.count());
        out.println(Latencies.header());
        out.println(served.row("served corpus (all translated)"));
        out.println(mixed.row("with " + added + " untranslated articles"));
        out.printf("  p95 ratio, mixed / served: %.2f%n", mixed.percentile(95) / served.percentile(95));
        out.printf("  ms per search by stage (served | mixed); the rest is normalizing and building the query;%n"
                + "  cross-zh-dense runs on another thread beside the others, so its time is not in the sum:%n");
        java.util.Set<String> stages = new java.util.TreeSet<>(servedRun.stageMillis().keySet());
        stages.addAll(mixedRun.stageMillis().keySet());
        for (String stage : stages) {
            out.printf("    %-20s %6.2f | %6.2f%n", stage,
                    servedRun.stageMillis().getOrDefault(stage, 0.0) / served.count(),
                    mixedRun.stageMillis().getOrDefault(stage, 0.0) / mixed.count());
        }
        out.printf("    %-20s %6.2f | %6.2f%n", "(outside the stages)", outside(servedRun), outside(mixedRun));
    }

    private static double outside(Run run) {
        double inStages = run.stageMillis()
            .entrySet()
            .stream()
            .filter(e -> !e.getKey().equals(city.science.qa.search.RetrieverName.CROSS_ZH_DENSE.label()))
            .mapToDouble(java.util.Map.Entry::getValue)
            .sum();
        return (run.latencies().mean() * run.latencies().count() - inStages) / run.latencies().count();
    }

}
