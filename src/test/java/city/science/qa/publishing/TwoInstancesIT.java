package city.science.qa.publishing;

import static city.science.qa.publishing.Publishing.STATION_PAGE;
import static city.science.qa.publishing.Publishing.STATION_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.ScienceCityQa;
import city.science.qa.TestDatabase;
import city.science.qa.answer.Citation;
import city.science.qa.ask.AskResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances on one database, as behind the proxy of the scale profile: an article
 * published through one is answered by the other within seconds, and once withdrawn
 * through the other, neither cites it.
 */
class TwoInstancesIT extends DatabaseTest {

    private static final String ID = "jinyun-station-two-instances";

    private static ConfigurableApplicationContext other;

    private static WebTestClient otherClient;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startTheOtherInstance() {
        other = new SpringApplicationBuilder(ScienceCityQa.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(), "--spring.main.banner-mode=off",
                "--scqa.web.admin-token=" + ADMIN_TOKEN, "--scqa.web.limits.questions-per-minute=100000",
                "--scqa.web.limits.burst=100000", "--logging.level.root=WARN");
        otherClient = WebTestClient.bindToServer()
            .baseUrl("http://127.0.0.1:" + other.getEnvironment().getProperty("local.server.port"))
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    @AfterEach
    void forget() {
        Publishing.forget(jdbc, ID);
        ingestor.ingest();
    }

    @Test
    void publishedThroughOneAnsweredByTheOtherThenWithdrawnEverywhere() throws InterruptedException {
        Publishing.publish(client, Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false));
        long published = System.nanoTime();

        AskResponse answer = askUntilCited(otherClient, Duration.ofSeconds(10));
        assertThat(answer.answer()).contains("86");
        System.out.printf("answered by the other instance %d ms after publishing%n",
                (System.nanoTime() - published) / 1_000_000);

        Publishing.withdraw(otherClient, ID);

        for (WebTestClient instance : List.of(client, otherClient)) {
            assertThat(ask(instance, STATION_QUESTION, null).citations()).extracting(Citation::articleId)
                .doesNotContain(ID);
        }
    }

    private static AskResponse askUntilCited(WebTestClient instance, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            AskResponse answer = ask(instance, STATION_QUESTION, null);
            if (answer.citations().stream().anyMatch(c -> c.articleId().equals(ID))) {
                return answer;
            }
            assertThat(System.nanoTime()).as("the other instance answers from the new article within " + within)
                .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

}
