package city.science.qa.search;

import city.science.qa.DatabaseTest;
import city.science.qa.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The five served articles, translated, with 10 articles imported untranslated beside
 * them (a third of the corpus translated): an English question about a translated passage
 * still finds it first.
 */
class AThirdTranslatedIT extends DatabaseTest {

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrlOf("scqa_partly_translated_10"));
        registry.add("scqa.corpus.dir", () -> PartlyTranslatedCorpus.withUntranslated(10).toString());
    }

    @Test
    void englishQuestionsAboutTranslatedPassagesFindThemFirst() {
        PartlyTranslatedCorpus.eachFoundFirst(client);
    }

}
