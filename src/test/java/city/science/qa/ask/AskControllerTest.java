package city.science.qa.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.Citation;
import city.science.qa.answer.Suggestions;
import city.science.qa.search.Language;
import city.science.qa.web.WebSlice;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The question endpoints at the HTTP edge: validation by annotation, strict JSON types,
 * problem responses naming the field, and the answer mapped to its wire records and SSE
 * events.
 */
@WebFluxTest(controllers = AskController.class,
        properties = { "scqa.web.limits.burst=100000", "scqa.web.limits.questions-per-minute=100000" })
@Import(WebSlice.class)
class AskControllerTest {

    private static final UUID CONVERSATION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Autowired
    WebTestClient client;

    @MockitoBean
    QuestionService questions;

    @MockitoBean
    Suggestions suggestions;

    private final Answer answer = Answer.extractive(Language.ZH, "据2026年报道，科学城集聚702家高新技术企业。[1]",
            List.of(Citation.of(1, city.science.qa.answer.Hits.highTech(), "邻近的西部(重庆)科学城集聚702家高新技术企业。")));

    @BeforeEach
    void answers() {
        when(questions.conversation(any())).thenReturn(CONVERSATION);
        when(questions.ask(any(), anyString())).thenReturn(Mono.just(new AnswerEvent.Done(answer, 1)));
        when(questions.answer(any(), anyString()))
            .thenReturn(Flux.just(new AnswerEvent.Sources(answer.citations()), new AnswerEvent.Text("据2026年报道，"),
                    new AnswerEvent.Text("科学城集聚702家高新技术企业。[1]"), new AnswerEvent.Done(answer, 1)));
    }

    @Test
    void aValidQuestionIsAskedStrippedAndAnsweredAsTheTypedRecord() {
        client.post()
            .uri("/api/ask")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"question\":\"  科学城有多少家高新技术企业？ \"}")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.conversationId")
            .isEqualTo(CONVERSATION.toString())
            .jsonPath("$.language")
            .isEqualTo("zh")
            .jsonPath("$.mode")
            .isEqualTo("extractive")
            .jsonPath("$.notice")
            .isEmpty()
            .jsonPath("$.citations[0].marker")
            .isEqualTo(1)
            .jsonPath("$.turn")
            .isEqualTo(1);
        verify(questions).ask(CONVERSATION, "科学城有多少家高新技术企业？");
        verify(questions).conversation(Optional.empty());
    }

    @Test
    void aNamedConversationIsContinued() {
        client.post()
            .uri("/api/ask")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"question\":\"那它呢？\",\"conversationId\":\" " + CONVERSATION + " \"}")
            .exchange()
            .expectStatus()
            .isOk();
        verify(questions).conversation(Optional.of(CONVERSATION));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingTheField() {
        refused("{\"question\":123}", "question", "question must be a string.");
        refused("{\"question\":true}", "question", "question must be a string.");
        refused("{\"question\":[\"科学城\"]}", "question", "question must be a string.");
        refused("{\"question\":{\"text\":\"科学城\"}}", "question", "question must be a string.");
        refused("{\"question\":\"科学城\",\"conversationId\":7}", "conversationId", "conversationId must be a string.");
        refused("{\"question\":\"科学城\",\"conversationId\":{\"$gt\":\"\"}}", "conversationId",
                "conversationId must be a string.");
        verify(questions, never()).ask(any(), anyString());
    }

    @Test
    void anUnknownFieldIsRefusedNamingIt() {
        refused("{\"question\":\"科学城\",\"admin\":true}", "admin", "Unknown field \"admin\".");
    }

    @Test
    void theQuestionsRulesAreAnnotationsWithTheirOwnMessages() {
        refused("{\"question\":\"   \"}", "question", "The question is empty.");
        refused("{}", "question", "The question is empty.");
        refused("{\"question\":\"？？？\"}", "question", "The question has no words.");
        refused("{\"question\":\"科学城\\u0007\"}", "question", "The question contains control characters.");
        refused("{\"question\":\"" + "科".repeat(1001) + "\"}", "question",
                "The question is longer than 1000 characters.");
        refused("{\"question\":\"科学城\",\"conversationId\":\"' OR 1=1 --\"}", "conversationId",
                "conversationId is not a UUID.");
    }

    @Test
    void malformedJsonIsAProblemNotATrace() {
        refused("{\"question\": \"702", "body", "The request body is not valid JSON.");
    }

    @Test
    void searchParametersAreValidated() {
        when(questions.search(anyString(), anyInt())).thenReturn(List.of());
        search("/api/search?q=科学城&k=0", "k", "k must be between 1 and 50.");
        search("/api/search?q=科学城&k=51", "k", "k must be between 1 and 50.");
        search("/api/search?q=科学城&k=abc", "k", "k is not of the right type.");
        search("/api/search?k=3", "q", "The question is empty.");
        client.get().uri("/api/search?q= 科学城 ").exchange().expectStatus().isOk();
        verify(questions).search("科学城", 5);
    }

    @Test
    void theChatStreamIsCitationsTokensChecksThenDone() {
        List<String> events = client.post()
            .uri("/api/chat")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"question\":\"科学城有多少家高新技术企业？\"}")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody()
            .collectList()
            .block();
        assertThat(events).hasSize(5);
        assertThat(events.get(0)).contains("\"citations\"").contains("\"marker\":1");
        assertThat(events.get(1)).isEqualTo("{\"text\":\"据2026年报道，\"}");
        assertThat(events.get(3)).contains("\"markersValid\"");
        assertThat(events.get(4)).contains("\"conversationId\"").contains("\"turn\":1");
    }

    @Test
    void startersComeInTheAskedLanguage() {
        when(suggestions.starters(eq(Language.EN))).thenReturn(List.of("How big is the Science City?"));
        client.get()
            .uri("/api/suggestions?lang=en")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.questions[0]")
            .isEqualTo("How big is the Science City?");
    }

    private void refused(String body, String field, String detail) {
        WebSlice.refused(client, "/api/ask", body, field).jsonPath("$.detail").isEqualTo(detail);
    }

    private void search(String uri, String field, String detail) {
        client.get()
            .uri(uri)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.field")
            .isEqualTo(field)
            .jsonPath("$.detail")
            .isEqualTo(detail);
    }

}
