package city.science.qa.ask;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.answer.AnswerMode;
import city.science.qa.search.Language;
import city.science.qa.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

/** The public API over HTTP, on the real corpus and database. */
class AskApiIT extends DatabaseTest {

    private static final String QUESTION = "西部科学城集聚了多少家高新技术企业？";

    @Test
    void searchReturnsPassagesWithTheirFields() {
        client.get()
            .uri(b -> b.path("/api/search").queryParam("q", QUESTION).queryParam("k", 3).build())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.passages.length()")
            .isEqualTo(3)
            .jsonPath("$.passages[0].text")
            .value(t -> assertThat((String) t).contains("702"))
            .jsonPath("$.passages[0].passageId")
            .isNotEmpty()
            .jsonPath("$.passages[0].articleId")
            .isEqualTo("two-cities-fusion-2026")
            .jsonPath("$.passages[0].title")
            .isNotEmpty()
            .jsonPath("$.passages[0].published")
            .isEqualTo("2026")
            .jsonPath("$.passages[0].score")
            .isNumber();
    }

    @Test
    void askAnswersWithACitationThatHoldsTheFigure() {
        AskResponse answer = ask(QUESTION, null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.language()).isEqualTo(Language.ZH);
        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.answer()).contains("702").contains("[1]");
        assertThat(answer.citations().get(0).marker()).isEqualTo(1);
        assertThat(answer.citations().get(0).text()).contains("702家高新技术企业");
        assertThat(answer.citations().get(0).quote()).contains("702");
        assertThat(answer.conversationId()).isNotBlank();
    }

    @Test
    void aConversationContinuesWithItsId() {
        AskResponse first = ask(QUESTION, null);
        AskResponse second = ask("重庆大学城有多少所高校？", first.conversationId());
        assertThat(second.conversationId()).isEqualTo(first.conversationId());
        assertThat(second.answer()).contains("14所高校");
    }

    @Test
    void aMessageOfTwoQuestionsAnswersEachWithItsOwnCitation() {
        AskResponse answer = ask("西部科学城集聚了多少家高新技术企业？重庆大学城有多少所高校？", null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("702").contains("14所高校");
        assertThat(answer.answer().indexOf("702")).as("in the order asked")
            .isLessThan(answer.answer().indexOf("14所高校"));
        assertThat(answer.citations()).extracting(c -> c.marker()).doesNotHaveDuplicates();
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.quote()).contains("14所高校"));
    }

    @Test
    void englishWordsInAChineseQuestionAreWhatItCounts() {
        // Only the dictionary says "experts and scholars" are the 专家学者 the sentence
        // counts: without it the sentence names nothing asked and is only related.
        AskResponse answer = ask("9月11日有多少experts and scholars来到重庆高新区？", null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("60余名专家学者");
    }

    @Test
    void aQuestionTheCorpusCannotAnswerIsNotGrounded() {
        AskResponse answer = ask("What is the best pizza topping in Naples?", null);
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.language()).isEqualTo(Language.EN);
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void chatStreamsCitationsThenTokensThenChecksThenDone() {
        List<ServerSentEvent<Map<String, Object>>> events = client.post()
            .uri("/api/chat")
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.TEXT_EVENT_STREAM)
            .bodyValue(Map.of("question", QUESTION))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
            .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
            })
            .getResponseBody()
            .collectList()
            .block(Duration.ofSeconds(30));

        List<String> names = events.stream().map(ServerSentEvent::event).toList();
        int last = names.size() - 1;
        assertThat(names.get(0)).isEqualTo("citations");
        assertThat(names.get(last - 1)).isEqualTo("checks");
        assertThat(names.get(last)).isEqualTo("done");
        assertThat(names.subList(1, last - 1)).isNotEmpty().containsOnly("token");
        String streamed = String.join("",
                events.subList(1, last - 1).stream().map(e -> (String) e.data().get("text")).toList());
        Map<String, Object> done = events.get(last).data();
        assertThat(streamed).isEqualTo(done.get("answer")).contains("702");
        assertThat(done).containsKeys("conversationId", "language", "grounded", "mode", "citations", "checks");
        Map<String, Object> checks = events.get(last - 1).data();
        assertThat(checks).containsEntry("allFiguresFound", true).containsEntry("markersValid", true);
        assertThat((List<?>) checks.get("figures")).isNotEmpty();
    }

    @Test
    void anonymousHealthShowsTheStatusOnly() {
        String body = client.get()
            .uri("/actuator/health")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
        assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components", "diskSpace", "details", "path");
        client.get()
            .uri("/actuator/health/readiness")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP")
            .jsonPath("$.components")
            .doesNotExist();
    }

    @Test
    void healthDetailsIncludingTheDatabaseNeedTheAdminToken() {
        client.get().uri("/api/admin/health").exchange().expectStatus().isUnauthorized();
        client.get()
            .uri("/api/admin/health")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP")
            .jsonPath("$.components.db.status")
            .isEqualTo("UP")
            .jsonPath("$.components.diskSpace.details.free")
            .exists();
    }

    private AskResponse ask(String question, String conversationId) {
        return ask(client, question, conversationId);
    }

}
