package city.science.qa.conversation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import city.science.qa.web.WebSlice;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Feedback and conversation replay at the HTTP edge. */
@WebFluxTest(controllers = ConversationController.class)
@Import(WebSlice.class)
class ConversationControllerTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Autowired
    WebTestClient client;

    @MockitoBean
    ConversationRepository conversations;

    @MockitoBean
    FeedbackRepository feedback;

    @Test
    void feedbackIsStoredWithItsRating() {
        when(feedback.add(ID, 1, Rating.DOWN, "要写明年份")).thenReturn(true);
        post("{\"conversationId\":\"" + ID + "\",\"turn\":1,\"rating\":\"down\",\"comment\":\" 要写明年份 \"}")
            .expectStatus()
            .isCreated()
            .expectBody()
            .jsonPath("$.stored")
            .isEqualTo(true);
    }

    @Test
    void feedbackOnNoSuchAnswerIsA404() {
        when(feedback.add(any(), anyInt(), any(), anyString())).thenReturn(false);
        post("{\"conversationId\":\"" + ID + "\",\"turn\":9,\"rating\":\"up\"}").expectStatus().isNotFound();
    }

    @Test
    void badFeedbackIsRefusedNamingTheField() {
        refused("{\"conversationId\":\"" + ID + "\",\"turn\":1,\"rating\":\"meh\"}", "rating");
        refused("{\"conversationId\":\"" + ID + "\",\"turn\":0,\"rating\":\"up\"}", "turn");
        refused("{\"conversationId\":\"" + ID + "\",\"turn\":\"1\",\"rating\":\"up\"}", "turn");
        refused("{\"conversationId\":\"nope\",\"turn\":1,\"rating\":\"up\"}", "conversationId");
        refused("{\"turn\":1,\"rating\":\"up\"}", "conversationId");
        refused("{\"conversationId\":\"" + ID + "\",\"turn\":1,\"rating\":\"up\",\"comment\":\"" + "x".repeat(2001)
                + "\"}", "comment");
        verify(feedback, never()).add(any(), anyInt(), any(), anyString());
    }

    @Test
    void aConversationIsShownAgainFromItsStoredAnswers() {
        when(conversations.exists(ID)).thenReturn(true);
        when(conversations.answers(ID)).thenReturn(List
            .of(new ConversationRepository.StoredTurn(1, "金凤实验室是什么？", "{\"answer\":\"一个实验室。[1]\",\"citations\":[]}")));
        client.get()
            .uri("/api/conversations/" + ID)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.conversationId")
            .isEqualTo(ID.toString())
            .jsonPath("$.turns[0].question")
            .isEqualTo("金凤实验室是什么？")
            .jsonPath("$.turns[0].answer.answer")
            .isEqualTo("一个实验室。[1]");
    }

    @Test
    void anUnknownOrMalformedConversationIsA404OrA400() {
        client.get().uri("/api/conversations/" + ID).exchange().expectStatus().isNotFound();
        client.get()
            .uri("/api/conversations/not-a-uuid")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.field")
            .isEqualTo("conversationId");
    }

    private WebTestClient.ResponseSpec post(String body) {
        return client.post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void refused(String body, String field) {
        WebSlice.refused(client, "/api/feedback", body, field);
    }

}
