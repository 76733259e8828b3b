package city.science.qa.search;

import city.science.qa.DatabaseTest;
import city.science.qa.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The five served articles, translated, with 1 article imported untranslated beside them
 * (all but one translated, the day staff import an article): an English question about a
 * translated passage still finds it first.
 */
class AllButOneTranslatedIT extends DatabaseTest {

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrlOf("scqa_partly_translated_1"));
        registry.add("scqa.corpus.dir", () -> PartlyTranslatedCorpus.withUntranslated(1).toString());
    }

    @Test
    void englishQuestionsAboutTranslatedPassagesFindThemFirst() {
        PartlyTranslatedCorpus.eachFoundFirst(client);
    }

}
