package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.TestCorpus;
import city.science.qa.TestDatabase;
import city.science.qa.answer.AnswerMode;
import city.science.qa.answer.Citation;
import city.science.qa.ask.AskResponse;
import city.science.qa.llm.MockLlm;
import city.science.qa.llm.MockLlmTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a language model (a real HTTP server speaking OpenAI's protocol), an English
 * answer that cites an untranslated passage has it translated first: once, stored as
 * machine translation with its model, reused, and reviewed by staff.
 */
class MachineTranslationIT extends MockLlmTest {

    private static final String QUESTION = "How many high-tech enterprises are clustered in the Western (Chongqing) "
            + "Science City?";

    private static final String TRANSLATION = "The neighbouring Western (Chongqing) Science City has clustered 702 "
            + "high-tech enterprises.";

    @Autowired
    JdbcClient jdbc;

    // The same database and corpus as UntranslatedArticlesIT: the index is built once.
    @DynamicPropertySource
    static void untranslatedCorpus(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrlOf(UntranslatedArticlesIT.DATABASE));
        registry.add("scqa.corpus.dir", () -> TestCorpus.withoutTranslations().toString());
    }

    @AfterEach
    void forgetTheTranslations() {
        jdbc.sql("DELETE FROM passage_translation").update();
    }

    private long translationRequests() {
        return LLM.requests().stream().filter(r -> r.contains("<paragraph>")).count();
    }

    private AskResponse askTheModel() {
        LLM.blockingReply(TRANSLATION);
        LLM.script(MockLlm.Script.answer("The Science City has clustered 702 high-tech enterprises [1]."));
        return ask(client, QUESTION, null);
    }

    @Test
    void citedPassagesAreTranslatedOnceStoredAsMachineTranslationAndReused() {
        AskResponse first = askTheModel();
        assertThat(first.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(first.citations()).allSatisfy(c -> {
            assertThat(c.translationSource()).isEqualTo(TranslationSource.MACHINE);
            assertThat(c.translated()).isTrue();
            assertThat(c.translation()).isEqualTo(TRANSLATION);
        });
        long translated = translationRequests();
        assertThat(translated).isPositive();
        assertThat(jdbc
            .sql("SELECT count(*) FROM passage_translation WHERE review = 'unreviewed' AND model = 'openai:mock'")
            .query(Long.class)
            .single()).isEqualTo(translated);
        // The model's prompt held the English, not only the Chinese.
        assertThat(LLM.requests()).anyMatch(r -> r.contains("\"stream\"") && r.contains("702 high-tech enterprises"));

        LLM.reset();
        askTheModel();
        assertThat(translationRequests()).as("stored translations are reused").isZero();
    }

    @Test
    void staffAcceptOrCorrectAMachineTranslationAndCitationsSayItWasReviewed() {
        Citation cited = askTheModel().citations().get(0);
        client.post()
            .uri("/api/admin/translations/{id}/accept", cited.passageId())
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isNoContent();
        AskResponse again = askTheModel();
        assertThat(again.citations()).filteredOn(c -> c.passageId().equals(cited.passageId()))
            .singleElement()
            .satisfies(c -> assertThat(c.translationSource()).isEqualTo(TranslationSource.REVIEWED));

        client.put()
            .uri("/api/admin/translations/{id}", cited.passageId())
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("english", "Staff's English."))
            .exchange()
            .expectStatus()
            .isNoContent();
        assertThat(jdbc.sql("SELECT text_en || '/' || review FROM passage_translation WHERE passage_id = ?")
            .param(cited.passageId())
            .query(String.class)
            .single()).isEqualTo("Staff's English./corrected");
        client.get()
            .uri("/api/admin/translations")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.unreviewed[?(@.passageId == '" + cited.passageId() + "')]")
            .isEmpty()
            .jsonPath("$.articles[?(@.reviewed > 0)].articleId")
            .value(ids -> assertThat((List<?>) ids).hasSize(1));
    }

    @Test
    void reviewingAPassageWithNoMachineTranslationIsANotFoundProblem() {
        client.post()
            .uri("/api/admin/translations/{id}/accept", "0123456789abcdef01234567")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post()
            .uri("/api/admin/translations/{id}/accept", "not-a-passage")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.put()
            .uri("/api/admin/translations/{id}", "0123456789abcdef01234567")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("english", " "))
            .exchange()
            .expectStatus()
            .isBadRequest();
    }

}
