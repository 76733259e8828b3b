package city.science.qa.eval;

import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.search.Language;
import city.science.qa.search.PassageReader;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.Retriever;
import city.science.qa.search.Retrievers;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the evaluation set through every retriever and the fused pipeline and prints the
 * tables.
 */
public class Evaluation {

    private static final int DEPTH = 20;
    static final String BASELINE = "dense-zh-passage";

    private static final String FUSED_RAW = "fused, question as typed";

    private static final String FUSED = "fused, normalized (service)";

    private final QueryFactory queries;

    private final Retrievers retrievers;

    private final Retriever baseline;

    private final PassageSearch search;

    private final PassageReader reader;

    private final AnswerEvaluation answers;

    private final QuestionNormalizer normalizer;

    private final UnderstandingEvaluation understanding;

    public Evaluation(QueryFactory queries, Retrievers retrievers, Retriever baseline, PassageSearch search,
            PassageReader reader, QuestionNormalizer normalizer, AnswerEvaluation answers,
            UnderstandingEvaluation understanding) {
        this.normalizer = normalizer;
        this.understanding = understanding;
        this.baseline = baseline;
        this.answers = answers;
        this.queries = queries;
        this.retrievers = retrievers;
        this.search = search;
        this.reader = reader;
    }

    public void run(Path dir, PrintStream out) {
        List<EvalQuestion> set = EvalSet.load(dir);
        retrieval(set, dir.toString(), out);
        answers.run(set, out);
        understanding.run(set, out);
    }

    /**
     * Every retriever alone and fused, per language: where each ranks the gold passage.
     * Dev questions the service does not rank first are listed.
     */
    public void retrieval(List<EvalQuestion> set, String from, PrintStream out) {
        List<Retriever> all = new ArrayList<>();
        all.add(baseline);
        all.addAll(retrievers.all());
        Map<Language, Map<String, RetrievalMetrics>> byLanguage = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (EvalQuestion question : set) {
            // A follow-up is only answerable with its conversation: the answer evaluation
            // asks it there.
            if (!question.answerable() || question.after().isPresent()) {
                continue;
            }
            Query query = queries.of(question.q());
            Map<String, RetrievalMetrics> metrics = byLanguage.computeIfAbsent(question.lang(),
                    l -> new LinkedHashMap<>());
            for (Retriever r : all) {
                metrics.computeIfAbsent(r.name(), n -> new RetrievalMetrics())
                    .add(rankOfGold(question, r.rank(query, DEPTH), query));
            }
            metrics.computeIfAbsent(FUSED_RAW, n -> new RetrievalMetrics())
                .add(rankOfGold(question, new ArrayList<>(search.rank(query).keySet()), query));
            NormalizedQuestion normalized = normalizer.normalize(question.q());
            Query service = queries.of(normalized.text(), normalized.alternatives());
            int fused = rankOfGold(question, new ArrayList<>(search.rank(service).keySet()), service);
            metrics.computeIfAbsent(FUSED, n -> new RetrievalMetrics()).add(fused);
            if (fused != 1 && !question.test()) {
                misses.add(String.format("  %s rank %s: %s", question.lang().code(), fused == 0 ? ">" + DEPTH : fused,
                        question.q()));
            }
        }
        out.printf("%nRetrieval on %d questions (%d answerable) from %s%n", set.size(),
                set.stream().filter(EvalQuestion::answerable).count(), from);
        for (var language : byLanguage.entrySet()) {
            out.printf("%n[%s] %d questions%n", language.getKey().code(), language.getValue().get(FUSED).questions());
            out.printf("  %-22s %9s %9s %7s%n", "retriever", "recall@1", "recall@5", "MRR");
            language.getValue()
                .forEach((name, m) -> out.printf("  %-22s %9.3f %9.3f %7.3f%s%n", name, m.recallAt1(), m.recallAt5(),
                        m.mrr(), name.equals(BASELINE) ? "   (naive baseline)" : ""));
        }
        out.printf("%nDev questions whose passage is not first in the service's ranking:%n");
        misses.forEach(out::println);
    }

    private int rankOfGold(EvalQuestion question, List<String> ids, Query query) {
        Map<String, Double> ranked = new LinkedHashMap<>();
        ids.stream().limit(DEPTH).forEach(id -> ranked.put(id, 0.0));
        List<SearchHit> hits = reader.hits(ranked, query);
        for (int i = 0; i < hits.size(); i++) {
            if (question.isGold(hits.get(i).text())) {
                return i + 1;
            }
        }
        return 0;
    }

}
