package city.science.qa.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Per-client limits: a burst, then 429 with Retry-After; CORS closed by default; security
 * headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "scqa.web.limits.questions-per-minute=2", "scqa.web.limits.burst=3", "scqa.corpus.dir=corpus",
                "scqa.web.limits.trust-forwarded-for=true", "spring.datasource.hikari.minimum-idle=1" })
@AutoConfigureWebTestClient
class RateLimitIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    }

    @Autowired
    WebTestClient client;

    @Test
    void aClientOverItsBurstGets429WithRetryAfter() {
        WebTestClient c = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        for (int i = 0; i < 3; i++) {
            ask(c).expectStatus().isOk();
        }
        ask(c).expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader()
            .value("Retry-After", v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
        // Reading is not limited.
        c.get().uri("/api/search?q=科学城").exchange().expectStatus().isOk();
        c.get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .value(body -> assertThat(body).contains("scqa_ratelimit_rejections_total"));
    }

    @Test
    void corsIsClosedAndSecurityHeadersAreSet() {
        client.options()
            .uri("/api/ask")
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST")
            .exchange()
            // No Access-Control-Allow-Origin: the browser refuses the cross-origin call.
            .expectHeader()
            .doesNotExist("Access-Control-Allow-Origin");
        client.get()
            .uri("/")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .value("Content-Security-Policy", v -> assertThat(v).contains("default-src 'self'"))
            .expectHeader()
            .valueEquals("X-Frame-Options", "DENY")
            .expectHeader()
            .valueEquals("X-Content-Type-Options", "nosniff");
    }

    // A client of its own: the buckets live in the database the other suites share, and
    // this one is left empty for a minute (the browser suite asks from 127.0.0.1).
    private static final String CLIENT = "client-" + java.util.UUID.randomUUID();

    private WebTestClient.ResponseSpec ask(WebTestClient c) {
        return c.post()
            .uri("/api/ask")
            .header("X-Forwarded-For", CLIENT)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("question", "光大人工智能产业基地投资约多少？"))
            .exchange();
    }

}
