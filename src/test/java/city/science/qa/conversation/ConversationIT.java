package city.science.qa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.ScienceCityQa;
import city.science.qa.TestDatabase;
import city.science.qa.ask.AskResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Conversations live in PostgreSQL: follow-ups resolve offline, and a second instance
 * continues them.
 */
public class ConversationIT extends DatabaseTest {

    @Test
    void aFollowUpCarriesThePreviousSubjectWithoutAnLlm() {
        AskResponse first = ask(client, "金凤实验室是什么？", null);
        AskResponse followUp = ask(client, "那它的核心任务是什么？", first.conversationId());
        assertThat(followUp.answer()).contains("下一代诊断");
        // A follow-up asked in the same conversation, about the year it names.
        AskResponse earlier = ask(client, "How fast did the GDP of the Science City core area grow in 2021?", null);
        assertThat(earlier.answer()).contains("12.9%");
        AskResponse english = ask(client, "And in 2025?", earlier.conversationId());
        assertThat(english.conversationId()).isEqualTo(earlier.conversationId());
        assertThat(english.answer()).contains("6.8%").doesNotContain("12.9%");
    }

    @Test
    void aFollowUpAnsweredByAPassageThatOnlySaysTheCentreIsAboutTheCentreItsArticleNamed() {
        AskResponse first = ask(client, "When did the Germplasm Creation Big Science Center start operating?", null);
        AskResponse followUp = ask(client, "What will it build in the next five years?", first.conversationId());
        assertThat(followUp.grounded()).isTrue();
        assertThat(followUp.answer()).containsIgnoringCase("poplar");
    }

    @Test
    void aFollowUpIsAlsoSearchedAsAskedSoItsOwnWordsAreNotOutweighedByTheCarriedSubject() {
        AskResponse first = ask(client,
                "How fast did the Science City's car industry grow in the first half of the year?", null);
        AskResponse followUp = ask(client, "Which academician's team moved there in April?", first.conversationId());
        assertThat(followUp.answer()).contains("Li Keqiang");
    }

    @Test
    void twoInstancesOnOneDatabaseContinueTheSameConversation() {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ScienceCityQa.class).run(
                "--server.port=0", "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "--scqa.index.ingest-on-startup=false", "--spring.main.banner-mode=off",
                "--scqa.web.limits.questions-per-minute=100000", "--scqa.web.limits.burst=100000")) {
            String port = second.getEnvironment().getProperty("local.server.port");
            WebTestClient other = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
            AskResponse first = ask(client, "金凤实验室是什么？", null);
            AskResponse followUp = ask(other, "那它的核心任务是什么？", first.conversationId());
            assertThat(followUp.conversationId()).isEqualTo(first.conversationId());
            assertThat(followUp.answer()).contains("下一代诊断");
        }
    }

    @Test
    void figuresCarryTheirSourcesDate() {
        assertThat(ask(client, "西部科学城集聚了多少家高新技术企业？", null).answer()).startsWith("据2026年报道，");
        assertThat(ask(client, "How many high-tech enterprises are in the Science City?", null).answer()).startsWith(
                "According to a 2026 report, the neighbouring Western (Chongqing) Science City has clustered 702");
    }

    @Test
    void aDateWithoutItsYearGetsTheSourcesYear() {
        assertThat(ask(client, "光大人工智能产业基地什么时候开工？", null).answer()).startsWith("据2020年报道，4月，重庆光大人工智能产业基地");
        assertThat(ask(client, "When did work start on the Everbright artificial intelligence industrial base?", null)
            .answer()).startsWith("According to a 2020 report, in April, construction of the Chongqing Everbright");
    }

    @Test
    void aQuestionTheCorpusCannotAnswerGetsSuggestionsInItsLanguage() {
        AskResponse zh = ask(client, "科学城的企业所得税税率是多少？", null);
        assertThat(zh.grounded()).isFalse();
        assertThat(zh.citations()).isEmpty();
        assertThat(zh.suggestions()).hasSize(3).allMatch(s -> s.matches(".*[\\p{IsHan}].*"));
        AskResponse en = ask(client, "Who is the mayor of Chongqing?", null);
        assertThat(en.grounded()).isFalse();
        assertThat(en.answer()).contains("do not answer");
        assertThat(en.suggestions()).hasSize(3).noneMatch(s -> s.matches(".*[\\p{IsHan}].*"));
    }

}
