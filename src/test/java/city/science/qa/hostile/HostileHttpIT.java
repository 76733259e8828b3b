package city.science.qa.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.ScienceCityQa;
import city.science.qa.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Thousands of random and hostile requests at the HTTP API of a running service: random
 * Unicode, huge and malformed bodies, invalid UTF-8, prompt injections, markup. No 5xx,
 * every refusal a problem+json, and nothing stored half-way (no conversation left without
 * its answer), and what the staff page publishes is published whole or refused. 1 320
 * requests a run.
 */
class HostileHttpIT {

    private static ConfigurableApplicationContext app;

    private static HttpClient http;

    private static String base;

    private static Instant started;

    private static final String ADMIN_TOKEN = "hostile-admin-token";

    // What the staff page publishes here is test material: forgotten when the suite ends.
    private static final String PAGE_ID = "hostile-page";

    // Every id something was published under, hostile ones included ("null" is a valid
    // id).
    private static final Set<String> PUBLISHED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final Set<Integer> ALLOWED = Set.of(200, 201, 400, 404, 405, 413, 414, 415, 429);

    // Refused by the HTTP server itself (Netty) before any application code: no problem
    // body.
    private static final int URI_TOO_LONG = 414;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(ScienceCityQa.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(), "--spring.main.banner-mode=off",
                "--scqa.web.limits.questions-per-minute=1000000", "--scqa.web.limits.burst=1000000",
                "--scqa.web.admin-token=" + ADMIN_TOKEN, "--logging.level.root=WARN");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
        started = Instant.now();
    }

    @AfterAll
    static void stop() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        PUBLISHED.add(PAGE_ID);
        String[] ids = PUBLISHED.toArray(String[]::new);
        jdbc.sql("DELETE FROM article_document WHERE id = ANY(?)").param(ids).update();
        jdbc.sql("DELETE FROM article_event WHERE article_id = ANY(?)").param(ids).update();
        app.getBean(city.science.qa.index.Ingestor.class).ingest();
        long halfStored = app.getBean(JdbcClient.class)
            .sql("""
                    SELECT count(*) FROM conversation c WHERE c.created_at >= ?
                    AND NOT EXISTS (SELECT 1 FROM conversation_turn t WHERE t.conversation_id = c.id)""")
            .param(java.sql.Timestamp.from(started))
            .query(Long.class)
            .single();
        app.close();
        assertThat(halfStored).as("conversations created without their answer").isZero();
    }

    @Test
    void questionsNeverBreakTheService() {
        HostileCases.forAll("hostile questions to /api/ask", 400, inputs -> {
            String json = "{\"question\":" + jsonString(inputs.text()) + "}";
            check(post("/api/ask", json.getBytes(StandardCharsets.UTF_8), "application/json"));
        });
    }

    @Test
    void hostilePagesNeverBreakDraftingOrPublishing() {
        HostileCases.forAll("hostile pages drafted and published from the staff page", 60, inputs -> {
            String raw = inputs.rawArticle();
            check(admin("/api/admin/articles/drafts",
                    "{\"text\":" + jsonString(raw) + ",\"id\":" + jsonString(PAGE_ID) + "}"));
            String text = inputs.text();
            String id = text.length() % 4 == 0 ? text : PAGE_ID;
            HttpResponse<String> published = admin("/api/admin/articles",
                    "{\"id\":" + jsonString(id) + ",\"title\":" + jsonString(inputs.text()) + ",\"published\":\"\","
                            + "\"source\":" + jsonString(inputs.text()) + ",\"body\":" + jsonString(raw)
                            + ",\"replace\":true}");
            check(published);
            if (published.statusCode() == 200) {
                assertThat(published.body()).contains("event:published").doesNotContain("event:failed");
                PUBLISHED.add(id);
            }
        });
    }

    @Test
    void malformedBodiesAreRefusedCleanly() {
        HostileCases.forAll("malformed bodies", 400,
                inputs -> check(post(inputs.postPath(), inputs.body(), inputs.contentType())));
    }

    @Test
    void searchesNeverBreakTheService() {
        HostileCases.forAll("hostile searches", 400, inputs -> {
            String q = inputs.text();
            String k = inputs.k();
            HttpRequest request = HttpRequest
                .newBuilder(URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&k="
                        + URLEncoder.encode(k, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .build();
            // A fresh connection each time: Netty closes the connection after refusing an
            // over-long request
            // line (414), and the JDK client would otherwise wait on that dead pooled
            // connection.
            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            check(fresh.send(request, HttpResponse.BodyHandlers.ofString()));
        });
    }

    private HttpResponse<String> admin(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(ALLOWED);
        if (response.statusCode() >= 400 && response.statusCode() != URI_TOO_LONG) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            }
            else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            }
            else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

}
