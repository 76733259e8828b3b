package city.science.qa.eval;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Publish → first cited answer, over HTTP as the staff page and a visitor do it: a dev
 * evaluation article of about 3 000 characters is drafted, published (its passages
 * embedded from nothing: the previous round withdrew it), then asked about until an
 * answer cites it. Target: at most 10 s on this machine.
 */
public class PublishBenchmark {

    private static final int ROUNDS = 5;

    // Dev material (never test): an article of 3 008 characters and one of its questions.
    private static final String ARTICLE = "e2-chengyu-hsr-hub";

    private static final String ID = "bench-publish";

    private final ObjectMapper json = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    private final JdbcClient jdbc;

    public PublishBenchmark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void run(int port, String adminToken, PrintStream out) throws Exception {
        UnseenArticles.Set set = UnseenArticles.load();
        UnseenArticles.Article article = set.articles()
            .stream()
            .filter(a -> a.id().equals(ARTICLE))
            .findFirst()
            .orElseThrow();
        if (article.split() != UnseenArticles.Split.DEV) {
            throw new IllegalStateException(ARTICLE + " must be a dev article");
        }
        String question = set.questions()
            .stream()
            .filter(q -> q.article().equals(ARTICLE) && q.answerable() && !q.followUp())
            .findFirst()
            .orElseThrow()
            .q();
        String base = "http://127.0.0.1:" + port;
        List<long[]> rounds = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                JsonNode draft = json.readTree(admin(base + "/api/admin/articles/drafts",
                        json.writeValueAsString(java.util.Map.of("text", article.raw(), "id", ID))));
                var request = json.createObjectNode();
                for (String field : List.of("id", "title", "published", "source", "body")) {
                    request.set(field, draft.get(field));
                }
                request.put("replace", true);
                long start = System.nanoTime();
                String events = admin(base + "/api/admin/articles", json.writeValueAsString(request));
                long published = System.nanoTime();
                if (!events.contains("event:published")) {
                    throw new IllegalStateException("not published: " + events);
                }
                int asks = 0;
                while (!cites(base, question)) {
                    asks++;
                    if (System.nanoTime() - start > Duration.ofSeconds(60).toNanos()) {
                        throw new IllegalStateException("no answer cites the published article after 60 s");
                    }
                }
                long answered = System.nanoTime();
                rounds.add(new long[] { (published - start) / 1_000_000, (answered - start) / 1_000_000, asks,
                        draft.get("body").asString().length() });
                admin(base + "/api/admin/articles/" + ID + "/withdraw", "");
            }
        }
        finally {
            jdbc.sql("DELETE FROM article_document WHERE id = ?").param(ID).update();
            jdbc.sql("DELETE FROM article_event WHERE article_id = ?").param(ID).update();
        }
        out.printf("%nPublish -> first cited answer (%s, %d characters of paragraphs, embedded from nothing each "
                + "round; %d rounds, target <= 10 000 ms)%n", ARTICLE, rounds.get(0)[3], ROUNDS);
        out.printf("  %-40s %8s %8s%n", "", "median", "max");
        out.printf("  %-40s %8d %8d ms%n", "published (draft excluded; embed + write)", median(rounds, 0),
                max(rounds, 0));
        out.printf("  %-40s %8d %8d ms%n", "first answer citing it (from publish)", median(rounds, 1), max(rounds, 1));
        out.printf("  answers asked before the citing one: %d in all rounds%n",
                rounds.stream().mapToLong(r -> r[2]).sum());
    }

    private boolean cites(String base, String question) throws Exception {
        JsonNode answer = json
            .readTree(post(base + "/api/ask", json.writeValueAsString(java.util.Map.of("question", question)), null));
        for (JsonNode c : answer.get("citations")) {
            if (ID.equals(c.get("articleId").asString())) {
                return true;
            }
        }
        return false;
    }

    private String admin(String url, String body) throws Exception {
        return post(url, body, ADMIN);
    }

    static final String ADMIN = "bench-admin-token";

    private String post(String url, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long median(List<long[]> rounds, int column) {
        long[] values = rounds.stream().mapToLong(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static long max(List<long[]> rounds, int column) {
        return rounds.stream().mapToLong(r -> r[column]).max().orElseThrow();
    }

}
