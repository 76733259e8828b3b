package city.science.qa.publishing;

import static city.science.qa.publishing.Publishing.STATION_PAGE;
import static city.science.qa.publishing.Publishing.STATION_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.ask.AskResponse;
import city.science.qa.answer.Citation;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishing from the staff page's API on a real database: draft, publish with progress,
 * answer from the new article, replace, withdraw, the history, and what seeding from the
 * corpus folder may not undo.
 */
class PublishingIT extends DatabaseTest {

    private static final String ID = "jinyun-station-test";

    private static final String SEED = "industry-engine-2022";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetWhatWasPublished() {
        Publishing.forget(jdbc, ID, SEED);
        ingestor.ingest();
    }

    @Test
    void theDraftIsTheImportersReadingOfThePastedPage() {
        ArticleDraft draft = Publishing.draft(client, STATION_PAGE, ID);

        assertThat(draft.id()).isEqualTo(ID);
        assertThat(draft.title()).isEqualTo("缙云山生态监测站在西部科学城投入运行");
        assertThat(draft.published()).isEqualTo("2026-11-20");
        assertThat(draft.source()).isEqualTo("科学城测试日报");
        assertThat(draft.body()).contains("86个观测点位").doesNotContain("分享到").doesNotContain("责任编辑");
        assertThat(draft.body().split("\n\n")).hasSize(4);
        assertThat(draft.taken()).isFalse();
        assertThat(Publishing.draft(client, STATION_PAGE, "").id()).matches("article-\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{6}");
    }

    @Test
    void aPublishedArticleIsAnsweredAndCitedAndAWithdrawnOneIsNot() {
        ArticleDraft draft = Publishing.draft(client, STATION_PAGE, ID);
        assertThat(ask(client, STATION_QUESTION, null).citations()).extracting(Citation::articleId).doesNotContain(ID);

        String events = Publishing.publish(client, Publishing.request(draft, false));

        assertThat(events).contains("event:progress", "\"step\":\"EMBEDDING\"", "\"step\":\"WRITING\"",
                "event:published", "\"action\":\"PUBLISHED\"");
        assertThat(events.indexOf("event:published")).isGreaterThan(events.lastIndexOf("\"step\":\"WRITING\""));
        AskResponse answer = ask(client, STATION_QUESTION, null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("86");
        assertThat(answer.citations()).filteredOn(c -> c.relation() == Citation.Relation.ANSWER)
            .extracting(Citation::articleId)
            .contains(ID);
        assertThat(
                ask(client, "How many observation points does the Jinyun Mountain ecological monitoring station have?",
                        null)
                    .citations())
            .extracting(Citation::articleId)
            .contains(ID);

        // Untranslated, as every new article is, in the translation coverage view.
        assertThat(admin("/api/admin/translations")).contains("\"articleId\":\"" + ID + "\"");

        Publishing.withdraw(client, ID);

        AskResponse after = ask(client, STATION_QUESTION, null);
        assertThat(after.citations()).extracting(Citation::articleId).doesNotContain(ID);
        assertThat(search(client, "缙云山生态监测站 观测点位", 10).passages()).extracting(p -> p.articleId()).doesNotContain(ID);
        // The earlier answer keeps the text it cited.
        assertThat(client.get()
            .uri("/api/conversations/{id}", answer.conversationId())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody()).contains("86个观测点位");
        assertThat(admin("/api/admin/articles/history")).contains("\"action\":\"WITHDRAWN\"",
                "\"action\":\"PUBLISHED\"");
        assertThat(admin("/api/admin/articles")).contains("\"id\":\"" + ID + "\"", "\"state\":\"WITHDRAWN\"");
    }

    @Test
    void replacingEmbedsOnlyTheChangedPassages() {
        ArticleDraft draft = Publishing.draft(client, STATION_PAGE, ID);
        Publishing.publish(client, Publishing.request(draft, false));

        Map<String, Object> edited = Publishing.request(draft, true);
        edited.put("body", draft.body().replace("首批已有12家单位", "首批已有15家单位"));
        String events = Publishing.publish(client, edited);

        assertThat(events).contains("\"action\":\"REPLACED\"", "\"embedded\":1,", "\"removed\":1,");
        assertThat(ask(client, "缙云山生态监测站首批有多少家单位申请使用数据？", null).answer()).contains("15");
    }

    @Test
    void replacingATranslatedCorpusArticleUnchangedKeepsItsEnglishAndEmbedsNothing() {
        long translated = jdbc.sql("SELECT count(*) FROM passage WHERE article_id = ? AND text_en IS NOT NULL")
            .param(SEED)
            .query(Long.class)
            .single();
        ArticleDraft current = client.get()
            .uri("/api/admin/articles/{id}", SEED)
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(ArticleDraft.class)
            .returnResult()
            .getResponseBody();

        String events = Publishing.publish(client, Publishing.request(current, true));

        assertThat(events).contains("\"action\":\"REPLACED\"", "\"embedded\":0,", "\"removed\":0,");
        assertThat(translated).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM passage WHERE article_id = ? AND text_en IS NOT NULL")
            .param(SEED)
            .query(Long.class)
            .single()).isEqualTo(translated);
        assertThat(jdbc.sql("SELECT title_en FROM article WHERE id = ?").param(SEED).query(String.class).single())
            .isNotBlank();
    }

    @Test
    void aTakenIdIsRefusedUnlessReplacingAndNothingChanges() {
        ArticleDraft seed = Publishing.draft(client, STATION_PAGE, SEED);
        assertThat(seed.taken()).isTrue();

        Publishing.asStaff(client, "/api/admin/articles", Publishing.request(seed, false), MediaType.TEXT_EVENT_STREAM)
            .expectStatus()
            .isEqualTo(409)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.detail")
            .value(d -> assertThat(d.toString()).contains(SEED, "replace"));
        assertThat(admin("/api/admin/articles/history")).doesNotContain(SEED);
    }

    @Test
    void seedingFromTheCorpusFolderNeverUndoesWhatStaffDid() {
        Publishing.publish(client, Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false));
        Publishing.withdraw(client, SEED);

        // What an instance starting with its own corpus folder does.
        ingestor.ingest();

        assertThat(search(client, "缙云山生态监测站 观测点位", 5).passages()).extracting(p -> p.articleId()).contains(ID);
        assertThat(jdbc.sql("SELECT count(*) FROM passage WHERE article_id = ?").param(SEED).query(Long.class).single())
            .isZero();
        assertThat(jdbc.sql("SELECT origin || '/' || state FROM article_document WHERE id = ?")
            .param(SEED)
            .query(String.class)
            .single()).isEqualTo("staff/withdrawn");
    }

    @Test
    void badPastesAreRefusedWithAClearProblemAndChangeNothing() {
        assertThat(refusedDraft("   ", 400)).contains("Paste the article's text");
        assertThat(refusedDraft("科".repeat(60_001), 400)).contains("longer than 60000");
        assertThat(refusedDraft("PK\u0003\u0004\u0000\u0000binary", 400)).contains("binary data");
        assertThat(refusedDraft("\uFFFD".repeat(50) + "科学城", 400)).contains("UTF-8");
        assertThat(refusedDraft("https://example.com/a\n\nhttps://example.com/b", 400)).contains("no paragraph");
        // Bigger than any request body the service reads at all.
        Publishing.asStaff(client, "/api/admin/articles/drafts", Map.of("text", "x".repeat(3_000_000), "id", ""))
            .expectStatus()
            .value(status -> assertThat(status).isIn(400, 413))
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        Map<String, Object> noParagraphs = Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false);
        noParagraphs.put("body", "## 只有标题\n\n## 还是标题");
        refusedPublish(noParagraphs, 400);
        Map<String, Object> emptyHeading = Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false);
        emptyHeading.put("body", "## 第一节\n\n正文一。\n\n## \n正文二。");
        refusedPublish(emptyHeading, 400);
        Map<String, Object> badId = Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false);
        badId.put("id", "../../etc/passwd");
        refusedPublish(badId, 400);
        Map<String, Object> badDate = Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false);
        badDate.put("published", "next Tuesday");
        refusedPublish(badDate, 400);

        assertThat(admin("/api/admin/articles/history")).doesNotContain(ID);
        assertThat(admin("/api/admin/articles")).doesNotContain(ID);
    }

    @Test
    void withdrawingWhatIsNotThereIsAProblemNotAnError() {
        client.post()
            .uri("/api/admin/articles/{id}/withdraw", "no-such-article")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        Publishing.publish(client, Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false));
        Publishing.withdraw(client, ID);
        client.post()
            .uri("/api/admin/articles/{id}/withdraw", ID)
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isEqualTo(409);
        client.post()
            .uri("/api/admin/articles/drafts")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("text", STATION_PAGE, "id", ID))
            .exchange()
            .expectStatus()
            .isUnauthorized();
    }

    @Test
    void exportWritesTheLibraryBackInTheCorpusFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Publishing.publish(client, Publishing.request(Publishing.draft(client, STATION_PAGE, ID), false));

        // What make export runs.
        city.science.qa.ScienceCityQa.main(new String[] { "export", "--out", dir.toString(),
                "--spring.datasource.url=" + city.science.qa.TestDatabase.jdbcUrl() });

        var exported = new city.science.qa.corpus.CorpusReader(dir).read().articles();
        assertThat(exported).extracting(a -> a.id()).contains(ID, SEED);
        var station = exported.stream().filter(a -> a.id().equals(ID)).findFirst().orElseThrow();
        assertThat(station.metadata().published()).isEqualTo("2026-11-20");
        assertThat(station.paragraphs()).hasSize(4);
        assertThat(java.nio.file.Files.readString(dir.resolve("articles/" + SEED + ".en.md")))
            .isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("corpus/articles/" + SEED + ".en.md")));
    }

    private String refusedDraft(String text, int status) {
        return Publishing.asStaff(client, "/api/admin/articles/drafts", Map.of("text", text, "id", ID))
            .expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    }

    private void refusedPublish(Map<String, Object> request, int status) {
        Publishing.asStaff(client, "/api/admin/articles", request, MediaType.TEXT_EVENT_STREAM)
            .expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String admin(String path) {
        return client.get()
            .uri(path)
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    }

}
