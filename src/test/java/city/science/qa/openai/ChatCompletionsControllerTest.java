package city.science.qa.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.Citation;
import city.science.qa.answer.Hits;
import city.science.qa.ask.QuestionService;
import city.science.qa.conversation.ConversationRepository;
import city.science.qa.search.Language;
import city.science.qa.web.WebSlice;
import java.util.List;
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
 * The answer mapped onto OpenAI's objects: models, a completion, and a stream of chunks.
 */
@WebFluxTest(controllers = ChatCompletionsController.class,
        properties = { "scqa.web.limits.burst=100000", "scqa.web.limits.questions-per-minute=100000" })
@Import(WebSlice.class)
class ChatCompletionsControllerTest {

    @Autowired
    WebTestClient client;

    @MockitoBean
    QuestionService questions;

    @MockitoBean
    ConversationRepository conversations;

    private final Answer answer = Answer.extractive(Language.EN,
            "According to a 2026 report, the Science City has clustered 702 high-tech enterprises.[1]",
            List.of(Citation.of(1, Hits.highTech(), "邻近的西部(重庆)科学城集聚702家高新技术企业。")));

    @BeforeEach
    void answers() {
        when(questions.ask(any(), anyString())).thenReturn(Mono.just(new AnswerEvent.Done(answer, 1)));
        when(questions.answer(any(), anyString())).thenReturn(Flux.just(new AnswerEvent.Sources(answer.citations()),
                new AnswerEvent.Text("According to a 2026 report, "), new AnswerEvent.Done(answer, 1)));
    }

    @Test
    void theServiceIsTheOneModelListed() {
        client.get()
            .uri("/v1/models")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.object")
            .isEqualTo("list")
            .jsonPath("$.data[0].id")
            .isEqualTo("science-city-qa")
            .jsonPath("$.data[0].owned_by")
            .isEqualTo("science-city-qa");
    }

    @Test
    void aCompletionCarriesTheAnswerItsReferencesAndTheExtensions() {
        client.post()
            .uri("/v1/chat/completions")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"model\":\"science-city-qa\",\"temperature\":0.2,\"messages\":["
                    + "{\"role\":\"system\",\"content\":\"be brief\"},"
                    + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"How many high-tech firms?\"}]}]}")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.object")
            .isEqualTo("chat.completion")
            .jsonPath("$.choices[0].finish_reason")
            .isEqualTo("stop")
            .jsonPath("$.choices[0].message.role")
            .isEqualTo("assistant")
            .jsonPath("$.choices[0].message.content")
            .value(c -> assertThat((String) c).startsWith("According to a 2026 report")
                .contains("\n\nSources:\n[1] 标题p-702 (2026): 邻近的西部(重庆)科学城集聚702家高新技术企业。"))
            .jsonPath("$.usage.total_tokens")
            .isEqualTo(0)
            .jsonPath("$.answer_mode")
            .isEqualTo("extractive")
            .jsonPath("$.grounded")
            .isEqualTo(true)
            .jsonPath("$.citations[0].marker")
            .isEqualTo(1)
            .jsonPath("$.notice")
            .doesNotExist();
        verify(questions).ask(any(), eq("How many high-tech firms?"));
    }

    @Test
    void theStreamIsRoleTextReferencesThenTheLastChunkWithExtensionsThenDone() {
        List<String> chunks = client.post()
            .uri("/v1/chat/completions")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"How many?\"}]}")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody()
            .collectList()
            .block();
        assertThat(chunks).hasSize(5);
        assertThat(chunks.get(0)).contains("\"object\":\"chat.completion.chunk\"")
            .contains("\"delta\":{\"role\":\"assistant\",\"content\":\"\"}")
            .contains("\"finish_reason\":null")
            .doesNotContain("citations");
        assertThat(chunks.get(1)).contains("\"delta\":{\"content\":\"According to a 2026 report, \"}");
        assertThat(chunks.get(2)).contains("Sources:");
        assertThat(chunks.get(3)).contains("\"delta\":{}")
            .contains("\"finish_reason\":\"stop\"")
            .contains("\"citations\"")
            .contains("\"answer_mode\":\"extractive\"");
        assertThat(chunks.get(4)).isEqualTo("[DONE]");
    }

    @Test
    void earlierTurnsBecomeTheConversationsHistory() {
        client.post()
            .uri("/v1/chat/completions")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"messages\":[{\"role\":\"user\",\"content\":\"金凤实验室是什么？\"},"
                    + "{\"role\":\"assistant\",\"content\":\"一个实验室。\"},{\"role\":\"user\",\"content\":\"那它呢？\"}]}")
            .exchange()
            .expectStatus()
            .isOk();
        verify(conversations).appendText(any(), eq("金凤实验室是什么？"), eq("一个实验室。"));
        verify(questions).ask(any(), eq("那它呢？"));
    }

    @Test
    void noUserMessageOrABadQuestionIsA400() {
        refused("{\"messages\":[]}", "messages");
        refused("{\"messages\":[{\"role\":\"system\",\"content\":\"hi\"}]}", "messages");
        refused("{\"messages\":[{\"role\":\"user\",\"content\":\"？？？\"}]}", "messages");
        refused("{\"messages\":\"hi\"}", "messages");
        verify(questions, never()).ask(any(), anyString());
    }

    private void refused(String body, String field) {
        WebSlice.refused(client, "/v1/chat/completions", body, field);
    }

}
