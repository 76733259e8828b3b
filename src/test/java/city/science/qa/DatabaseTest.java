package city.science.qa;

import city.science.qa.ask.AskResponse;
import city.science.qa.index.Ingestor;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that need the whole service on a real database, with the real corpus
 * indexed. Tests with the same configuration share one application context (the embedding
 * models load once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "scqa.web.admin-token=test-admin-token", "scqa.corpus.dir=corpus",
                // The tests ask far more than a visitor may; RateLimitIT checks the
                // limits themselves.
                "scqa.web.limits.questions-per-minute=100000", "scqa.web.limits.burst=100000",
                "scqa.web.limits.concurrent-streams=100",
                // Spring keeps each context of the run, and its pool, open: idle ones
                // must
                // not hold the server's connections that a later context needs.
                "spring.datasource.hikari.minimum-idle=1" })
@AutoConfigureWebTestClient
public abstract class DatabaseTest {

    public static final String ADMIN_TOKEN = "test-admin-token";

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected Ingestor ingestor;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    }

    @BeforeEach
    void indexTheRealCorpus() {
        ingestor.ingest();
        client = client.mutate()
            .responseTimeout(Duration.ofSeconds(30))
            .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
            .build();
    }

    /** Searches over HTTP ({@code /api/search}) and expects the passages found. */
    public static city.science.qa.ask.SearchResponse search(WebTestClient client, String query, int k) {
        return client.get()
            .uri(b -> b.path("/api/search").queryParam("q", query).queryParam("k", k).build())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(city.science.qa.ask.SearchResponse.class)
            .returnResult()
            .getResponseBody();
    }

    /** Asks over HTTP, in a conversation when one is named, and expects the answer. */
    public static AskResponse ask(WebTestClient client, String question, String conversationId) {
        return client.post()
            .uri("/api/ask")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(conversationId == null ? Map.of("question", question)
                    : Map.of("question", question, "conversationId", conversationId))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(AskResponse.class)
            .returnResult()
            .getResponseBody();
    }

}
