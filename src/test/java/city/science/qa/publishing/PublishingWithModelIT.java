package city.science.qa.publishing;

import static city.science.qa.publishing.Publishing.STATION_PAGE;
import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.llm.MockLlmTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With a language model configured, a published article's English drafts wait in the
 * translation review; a model that fails leaves the article published and untranslated.
 */
class PublishingWithModelIT extends MockLlmTest {

    private static final String ID = "jinyun-station-with-model";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forget() {
        Publishing.forget(jdbc, ID);
        ingestor.ingest();
    }

    @Test
    void theEnglishDraftsWaitForReview() {
        LLM.blockingReply("The Jinyun Mountain ecological monitoring station has 86 observation points.");

        String events = Publishing.publish(client,
                Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false));

        assertThat(events).contains("event:published", "\"step\":\"TRANSLATING\"");
        assertThat(events.indexOf("TRANSLATING")).isGreaterThan(events.indexOf("event:published"));
        long drafts = jdbc.sql("""
                SELECT count(*) FROM passage_translation t JOIN passage p ON p.id = t.passage_id
                WHERE p.article_id = ? AND t.review = 'unreviewed'""").param(ID).query(Long.class).single();
        assertThat(drafts).isPositive()
            .isEqualTo(
                    jdbc.sql("SELECT count(*) FROM passage WHERE article_id = ?").param(ID).query(Long.class).single());
    }

    @Test
    void aModelThatFailsLeavesThePublishedArticleUntranslated() {
        LLM.script(city.science.qa.llm.MockLlm.Script.failing(500));
        LLM.blockingReply("");

        String events = Publishing.publish(client,
                Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false));

        assertThat(events).contains("event:published").doesNotContain("event:failed");
        assertThat(jdbc.sql("SELECT count(*) FROM passage WHERE article_id = ?").param(ID).query(Long.class).single())
            .isPositive();
    }

}
