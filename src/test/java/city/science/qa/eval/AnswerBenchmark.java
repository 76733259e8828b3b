package city.science.qa.eval;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerChecker;
import city.science.qa.answer.ExtractiveAnswerer;
import city.science.qa.ask.QuestionService;
import city.science.qa.conversation.ConversationRepository;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.Language;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The cost of question understanding, side by side in one run: each evaluation question
 * answered offline as before it (raw question searched, any sentence quoted, checked,
 * stored) and as now (the whole pipeline, checked and stored), alternating, plus
 * {@code POST /api/ask} over HTTP.
 */
public class AnswerBenchmark {

    private static final int ROUNDS = 3;

    private final QuestionService questions;

    private final PassageSearch search;

    private final QueryFactory queries;

    private final ExtractiveAnswerer answerer;

    private final AnswerChecker checker;

    private final ConversationRepository conversations;

    public AnswerBenchmark(QuestionService questions, PassageSearch search, QueryFactory queries,
            ExtractiveAnswerer answerer, AnswerChecker checker, ConversationRepository conversations) {
        this.questions = questions;
        this.search = search;
        this.queries = queries;
        this.answerer = answerer;
        this.checker = checker;
        this.conversations = conversations;
    }

    public void run(Path evalDir, int port, PrintStream out) throws Exception {
        List<String> set = EvalSet.load(evalDir)
            .stream()
            .filter(q -> q.after().isEmpty())
            .map(EvalQuestion::q)
            .toList();
        set.forEach(q -> {
            before(q);
            now(q);
        });
        Latencies before = new Latencies();
        Latencies now = new Latencies();
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : set) {
                before.add(time(() -> before(q)));
                now.add(time(() -> now(q)));
            }
        }
        Latencies http = http(set, port);
        out.printf("%nAnswer latency, offline, %d questions x %d rounds, 2-core machine%n", set.size(), ROUNDS);
        out.println(Latencies.header());
        out.println(before.row("answer as before understanding"));
        out.println(now.row("answer now (whole pipeline)"));
        out.println(http.row("POST /api/ask (HTTP, end to end)"));
        out.printf("  p95 now / before: %.2f%n", now.percentile(95) / before.percentile(95));
    }

    private void before(String q) {
        Language language = Language.of(q);
        Query query = queries.of(q);
        List<SearchHit> hits = search.search(query, search.answerPassages());
        Answer answer = answerer.grounded(language, search.evidence(query, hits))
                ? answerer.answer(q, QuestionAnalysis.NONE, language, hits) : answerer.noAnswer(q, language);
        Answer checked = answer.withChecks(checker.check(answer.text(), answer.citations()));
        conversations.append(UUID.randomUUID(), q, checked, q);
    }

    private void now(String q) {
        questions.ask(UUID.randomUUID(), q).block();
    }

    private static Latencies http(List<String> set, int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Latencies latencies = new Latencies();
        for (String q : set) {
            String body = "{\"question\":\"" + q.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ask answered " + response.statusCode() + ": " + response.body());
            }
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

}
