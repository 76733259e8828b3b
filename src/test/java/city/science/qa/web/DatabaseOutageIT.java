package city.science.qa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.science.qa.DatabaseTest;
import city.science.qa.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The database stops while the app runs: readiness goes down, requests get a quick 503
 * problem, and everything recovers when the database returns, without a restart. Uses the
 * real database, stopped and started for real.
 */
class DatabaseOutageIT extends DatabaseTest {

    @Test
    void theServiceDegradesAndRecoversWithTheDatabase() throws Exception {
        ingestor.ingest();
        WebTestClient c = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        ready(c, true);
        AskResponseHolder before = new AskResponseHolder(
                ask(c).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody());
        TestDatabase.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ready(c, false));
            long start = System.nanoTime();
            ask(c).expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.trace")
                .doesNotExist();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            c.get().uri("/api/search?q=科学城").exchange().expectStatus().isEqualTo(503);
        }
        finally {
            TestDatabase.start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ready(c, true));
        ask(c).expectStatus().isOk();
        // What was written before the outage is still there.
        c.get()
            .uri("/api/conversations/" + before.body().get("conversationId"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.turns[0].question")
            .isEqualTo("光大人工智能产业基地投资约多少？");
    }

    private record AskResponseHolder(Map<?, ?> body) {
    }

    private static void ready(WebTestClient c, boolean up) {
        c.get()
            .uri("/actuator/health/readiness")
            .exchange()
            .expectStatus()
            .isEqualTo(up ? 200 : 503)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(up ? "UP" : "DOWN");
    }

    private static WebTestClient.ResponseSpec ask(WebTestClient c) {
        return c.post()
            .uri("/api/ask")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("question", "光大人工智能产业基地投资约多少？"))
            .exchange();
    }

}
