package city.science.qa.publishing;

import city.science.qa.DatabaseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The staff page's calls, for the tests that publish: draft a raw page, publish it and
 * read the whole progress stream, withdraw; and the test article.
 */
public final class Publishing {

    /** A short made-up news page about a monitoring station (test material only). */
    public static final String STATION_PAGE = resource("/publishing/jinyun-station.txt");

    /** What only the station page states. */
    public static final String STATION_QUESTION = "缙云山生态监测站布设了多少个观测点位？";

    private Publishing() {
    }

    public static String resource(String name) {
        try (var in = Publishing.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON POST with the admin token, as the staff page sends it. */
    public static WebTestClient.ResponseSpec asStaff(WebTestClient client, String path, Object body) {
        return asStaff(client, path, body, MediaType.APPLICATION_JSON);
    }

    public static WebTestClient.ResponseSpec asStaff(WebTestClient client, String path, Object body, MediaType accept) {
        return client.post()
            .uri(path)
            .header("Authorization", "Bearer " + DatabaseTest.ADMIN_TOKEN)
            .contentType(MediaType.APPLICATION_JSON)
            .accept(accept, MediaType.APPLICATION_PROBLEM_JSON)
            .bodyValue(body)
            .exchange();
    }

    public static ArticleDraft draft(WebTestClient client, String text, String id) {
        return asStaff(client, "/api/admin/articles/drafts", Map.of("text", text, "id", id)).expectStatus()
            .isOk()
            .expectBody(ArticleDraft.class)
            .returnResult()
            .getResponseBody();
    }

    /** The publish request for a draft, as the staff page sends it unedited. */
    public static Map<String, Object> request(ArticleDraft draft, boolean replace) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", draft.id());
        body.put("title", draft.title());
        body.put("published", draft.published());
        body.put("source", draft.source());
        body.put("body", draft.body());
        body.put("replace", replace);
        return body;
    }

    /** Publishes and returns the whole event stream, as text. */
    public static String publish(WebTestClient client, Map<String, Object> request) {
        return asStaff(client, "/api/admin/articles", request, MediaType.TEXT_EVENT_STREAM).expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    }

    public static void withdraw(WebTestClient client, String id) {
        client.post()
            .uri("/api/admin/articles/{id}/withdraw", id)
            .header("Authorization", "Bearer " + DatabaseTest.ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk();
    }

    /**
     * Forgets what a test published (rows and history), so the next test's ingest serves
     * the corpus folder alone again.
     */
    public static void forget(JdbcClient jdbc, String... ids) {
        jdbc.sql("DELETE FROM article_document WHERE id = ANY(?)").param(ids).update();
        jdbc.sql("DELETE FROM article_event WHERE article_id = ANY(?)").param(ids).update();
    }

}
