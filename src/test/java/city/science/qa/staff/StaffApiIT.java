package city.science.qa.staff;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.ask.AskResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Feedback is stored with its answer; staff list, filter and export it behind the admin
 * token.
 */
class StaffApiIT extends DatabaseTest {

    @Test
    void feedbackIsListedAndExportedForStaff() {
        AskResponse answer = ask(client, "光大人工智能产业基地投资约多少？", null);
        assertThat(answer.turn()).isEqualTo(1);
        feedback(Map.of("conversationId", answer.conversationId(), "turn", 1, "rating", "down", "comment", "要写明年份"))
            .expectStatus()
            .isCreated();

        client.get()
            .uri("/api/admin/turns?filter=negative&q=光大&limit=5")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[0].question")
            .isEqualTo("光大人工智能产业基地投资约多少？")
            .jsonPath("$[0].rating")
            .isEqualTo("down")
            .jsonPath("$[0].comment")
            .isEqualTo("要写明年份");

        String csv = client.get()
            .uri("/api/admin/turns.csv?filter=feedback&q=光大")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith("text/csv")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
        assertThat(csv).startsWith("\uFEFFasked_at,conversation_id,turn")
            .contains("光大人工智能产业基地投资约多少？")
            .contains("要写明年份");
    }

    @Test
    void abstentionsAreListed() {
        ask(client, "重庆明天天气怎么样？", null);
        client.get()
            .uri("/api/admin/turns?filter=abstained&limit=5")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[0].grounded")
            .isEqualTo(false);
    }

    @Test
    void staffDataNeedsTheToken() {
        client.get().uri("/api/admin/turns").exchange().expectStatus().isUnauthorized();
        client.get()
            .uri("/api/admin/turns.csv")
            .header("Authorization", "Bearer nope")
            .exchange()
            .expectStatus()
            .isForbidden();
        client.get()
            .uri("/api/admin/turns?filter=bogus")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isBadRequest();
    }

    @Test
    void badFeedbackIsRefused() {
        AskResponse answer = ask(client, "光大人工智能产业基地投资约多少？", null);
        feedback(Map.of("conversationId", answer.conversationId(), "turn", 1, "rating", "meh")).expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.field")
            .isEqualTo("rating");
        feedback(Map.of("conversationId", answer.conversationId(), "turn", 9, "rating", "up")).expectStatus()
            .isNotFound();
        feedback(Map.of("conversationId", answer.conversationId(), "turn", 1, "rating", "up", "comment",
                "x".repeat(2001)))
            .expectStatus()
            .isBadRequest();
    }

    @Test
    void aConversationCanBeShownAgain() {
        AskResponse answer = ask(client, "光大人工智能产业基地投资约多少？", null);
        client.get()
            .uri("/api/conversations/" + answer.conversationId())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.turns[0].question")
            .isEqualTo("光大人工智能产业基地投资约多少？")
            .jsonPath("$.turns[0].answer.citations[0].text")
            .value(t -> assertThat((String) t).contains("200亿元"))
            .jsonPath("$.turns[0].answer.checks.figures")
            .isArray();
    }

    private WebTestClient.ResponseSpec feedback(Map<String, Object> body) {
        return client.post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

}
