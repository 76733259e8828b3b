package city.science.qa.web;

import city.science.qa.DatabaseTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input gets RFC 9457 problem+json with a useful detail, never a stack trace. */
class BadRequestIT extends DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void emptyQuestion() {
        for (String path : new String[] { "/api/ask", "/api/chat" }) {
            postJson(path, "{\"question\":\"   \"}").expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.detail")
                .isEqualTo("The question is empty.")
                .jsonPath("$.trace")
                .doesNotExist();
        }
    }

    @Test
    void tenThousandCharacters() {
        postJson("/api/ask", "{\"question\":\"" + "科".repeat(10_000) + "\"}").expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.detail")
            .value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("longer than 1000 characters"));
    }

    @Test
    void malformedJson() {
        postJson("/api/ask", "{\"question\": \"702").expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(400)
            .jsonPath("$.trace")
            .doesNotExist();
    }

    @Test
    void wrongContentType() {
        client.post()
            .uri("/api/ask")
            .contentType(MediaType.TEXT_PLAIN)
            .bodyValue("702?")
            .exchange()
            .expectStatus()
            .isEqualTo(415)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownAndMalformedConversationIds() {
        postJson("/api/ask", "{\"question\":\"科学城\",\"conversationId\":\"" + UUID.randomUUID() + "\"}").expectStatus()
            .isNotFound()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        postJson("/api/chat", "{\"question\":\"科学城\",\"conversationId\":\"not-a-uuid\"}").expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.field")
            .isEqualTo("conversationId");
    }

    @Test
    void searchKOutOfRangeAndMissingQuery() {
        client.get()
            .uri("/api/search?q=科学城&k=0")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/search?q=科学城&k=500").exchange().expectStatus().isBadRequest();
        client.get()
            .uri("/api/search?q=科学城&k=abc")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/search").exchange().expectStatus().isBadRequest();
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void anAdminPathInDisguiseStillNeedsTheToken() {
        // Percent-encoded letters and matrix parameters reach the same handlers: the
        // guard must see the path as they do.
        for (String path : new String[] { "/api/%61dmin/articles/industry-engine-2022/withdraw",
                "/api;x=1/admin/articles/industry-engine-2022/withdraw",
                "/api/admin;x/articles/industry-engine-2022/withdraw" }) {
            client.post()
                .uri(java.net.URI.create("http://127.0.0.1:" + port + path))
                .exchange()
                .expectStatus()
                .value(status -> org.assertj.core.api.Assertions.assertThat(status).as(path).isIn(401, 404));
        }
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("SELECT count(*) FROM article_document WHERE state = 'withdrawn'").query(Long.class).single())
            .isZero();
    }

    @Test
    void reindexNeedsTheAdminTokenAndReportsWhatItIndexed() {
        client.post()
            .uri("/api/admin/reindex")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.post()
            .uri("/api/admin/reindex")
            .header("Authorization", "Bearer wrong")
            .exchange()
            .expectStatus()
            .isForbidden();
        // The corpus is unchanged since the test's own ingest: the reindex reads all five
        // articles,
        // keeps every passage it has, embeds none, and removes none.
        long stored = jdbc.sql("SELECT count(*) FROM passage").query(Long.class).single();
        client.post()
            .uri("/api/admin/reindex")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.articles")
            .isEqualTo(5)
            .jsonPath("$.passages")
            .isEqualTo((int) stored)
            .jsonPath("$.embedded")
            .isEqualTo(0)
            .jsonPath("$.reused")
            .isEqualTo((int) stored)
            .jsonPath("$.removed")
            .isEqualTo(0);
    }

    private WebTestClient.ResponseSpec postJson(String path, String body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

}
