package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.TestCorpus;
import city.science.qa.TestDatabase;
import city.science.qa.answer.Citation;
import city.science.qa.ask.AskResponse;
import city.science.qa.ask.SearchResponse;
import city.science.qa.search.KeywordRetriever;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real articles with every translation hidden, offline, as staff's newly imported
 * articles are until someone translates them: English questions are still answered, from
 * the Chinese, with what can be stated exactly and the source marked untranslated.
 */
class UntranslatedArticlesIT extends DatabaseTest {

    @Autowired
    QueryFactory queries;

    @Autowired
    PassageSearch search;

    @Autowired
    KeywordRetriever keywords;

    static final String DATABASE = "scqa_untranslated_test";

    @DynamicPropertySource
    static void untranslatedCorpus(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrlOf(DATABASE));
        registry.add("scqa.corpus.dir", () -> TestCorpus.withoutTranslations().toString());
    }

    @Test
    void anEnglishQuestionIsAnsweredFromTheChineseAndItsSourceMarkedUntranslated() {
        AskResponse answer = ask(client,
                "How many high-tech enterprises are clustered in the Western (Chongqing) Science City?", null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("702").contains(UntranslatedAnswer.NOT_TRANSLATED).contains("[1]");
        Citation first = answer.citations().get(0);
        assertThat(first.text()).contains("702家高新技术企业");
        assertThat(first.translated()).isFalse();
        assertThat(first.translationSource()).isEqualTo(TranslationSource.NONE);
        assertThat(first.translation()).isNull();
    }

    @Test
    void anAmountIsGivenInEnglishScaleBesideTheFigureAsPrinted() {
        AskResponse answer = ask(client,
                "What is the contracted investment of the projects in the Science City core area?", null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("314.19 billion yuan (3141.9亿元)");
    }

    @Test
    void englishSearchReachesTheUntranslatedPassage() {
        SearchResponse found = search(client, "How many universities are in Chongqing University Town?", 5);
        assertThat(found.passages()).anySatisfy(h -> {
            assertThat(h.text()).contains("14所高校");
            assertThat(h.translated()).isFalse();
        });
    }

    @Test
    void chinesePastedIntoAnEnglishQuestionIsSearchedAndCoveredAsTheArticlesWriteIt() {
        AskResponse answer = ask(client, "How big is the 办公楼宇 space of the Science Valley?", null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("140万平方米");
        Query query = queries.of("How big is the 办公楼宇 space of the Science Valley?");
        List<String> cited = answer.citations().stream().map(c -> c.passageId()).toList();
        assertThat(keywords.coverageByTerm(query, cited)).filteredOn(t -> t.term().equals("办公楼宇"))
            .singleElement()
            .satisfies(t -> assertThat(t.found()).isTrue());
    }

    @Test
    void aPhraseIsReadAsTheArticlesWriteItAndOneTheyNeverWriteStaysUnmatched() {
        // CC-CEDICT has "software industry" only as 软体业; the articles write 软件产业.
        Query software = queries.of("How big is the software industry in the Science City?");
        assertThat(software.translated()).filteredOn(t -> t.english().equals("software industry"))
            .singleElement()
            .satisfies(t -> assertThat(t.chinese()).contains("软件产业").doesNotContain("软体业"));
        Query rating = queries.of("What credit rating does the investment company have?");
        assertThat(rating.translated()).filteredOn(t -> t.english().equals("credit rating"))
            .singleElement()
            .satisfies(t -> assertThat(keywords.writtenInChinese(t.chinese())).isEmpty());
        assertThat(keywords.writtenInChinese(List.of("软件产业", "软体业", "信用评级"))).containsExactly("软件产业");
    }

    @Test
    void englishPastedIntoAChineseQuestionIsSearchedAsTheChineseTheArticlesWrite() {
        Query query = queries.of("科学城的smart terminal产值有多少？");
        assertThat(query.language()).isEqualTo(city.science.qa.search.Language.ZH);
        assertThat(query.alternatives()).containsEntry("smart terminal", List.of("智能", "终端"));
        AskResponse answer = ask(client, "科学城的smart terminal产值有多少？", null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("近千亿元");
    }

    @Test
    void aChineseQuestionIsAnsweredAsWithTheTranslations() {
        AskResponse answer = ask(client, "西部科学城集聚了多少家高新技术企业？", null);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.answer()).contains("702").doesNotContain(UntranslatedAnswer.NOT_TRANSLATED);
    }

    @Test
    void anEnglishQuestionTheArticlesCannotAnswerIsStillDeclined() {
        AskResponse answer = ask(client, "Who is the mayor of Chongqing?", null);
        assertThat(answer.grounded()).isFalse();
    }

    @Test
    void aWordNoGlossUsesWeighsAsTheArticlesChineseForItAndAskingWordsDoNotCount() {
        Query query = queries.of("How many innovation platforms has the core area built up?");
        List<String> gold = search.search(query, 10)
            .stream()
            .filter(h -> h.text().contains("省部级以上创新平台328个"))
            .map(h -> h.passageId())
            .toList();
        assertThat(gold).hasSize(1);
        List<KeywordRetriever.TermCoverage> terms = keywords.coverageByTerm(query, gold);
        double unseen = keywords.coverageByTerm(queries.of("Who is the mayor?"), gold)
            .stream()
            .filter(t -> t.term().equals("mayor"))
            .findFirst()
            .orElseThrow()
            .weight();
        assertThat(terms).extracting(KeywordRetriever.TermCoverage::term).doesNotContain("mani").contains("built");
        // 建 is an everyday word of the articles; 市长 is not in them at all.
        assertThat(terms).filteredOn(t -> t.term().equals("built"))
            .allSatisfy(t -> assertThat(t.weight()).isLessThan(unseen));
    }

    @Test
    void staffSeeThatNothingIsTranslated() {
        client.get()
            .uri("/api/admin/translations")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.articles.length()")
            .isEqualTo(5)
            .jsonPath("$.articles[?(@.human > 0)]")
            .isEmpty()
            .jsonPath("$.articles[?(@.none == @.passages)].articleId")
            .value(ids -> assertThat((List<?>) ids).hasSize(5))
            .jsonPath("$.unreviewed")
            .isEmpty();
    }

}
