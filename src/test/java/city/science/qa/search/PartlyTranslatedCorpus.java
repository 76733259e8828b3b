package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.ask.SearchResponse;
import city.science.qa.eval.GrowingCorpus;
import city.science.qa.eval.UnseenArticles;
import java.nio.file.Path;
import java.util.List;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A served corpus (every article translated) with articles added untranslated, as staff
 * add them: the project's own dev evaluation articles, imported as {@code make import}
 * does. English questions about translated passages must still find them first.
 */
final class PartlyTranslatedCorpus {

    /**
     * English questions about the translated articles, with what their passage writes.
     */
    static final List<List<String>> ABOUT_TRANSLATED = List.of(
            List.of("How many universities are there in Chongqing University Town?", "14所高校"),
            List.of("How many high-tech enterprises are clustered in the Western (Chongqing) Science City?",
                    "702家高新技术企业"),
            List.of("What is the contracted investment of the projects in the Science City core area?", "3141.9亿元"));

    private PartlyTranslatedCorpus() {
    }

    private static final java.util.Map<Integer, Path> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The served corpus plus {@code added} dev evaluation articles, untranslated (built
     * once per JVM).
     */
    static Path withUntranslated(int added) {
        return BUILT.computeIfAbsent(added, PartlyTranslatedCorpus::build);
    }

    private static Path build(int added) {
        List<UnseenArticles.Article> dev = UnseenArticles.load(UnseenArticles.OWN, UnseenArticles.GIVEN)
            .articles(UnseenArticles.Split.DEV)
            .stream()
            .limit(added)
            .toList();
        assertThat(dev).hasSize(added);
        Path corpus = Path.of("corpus");
        return GrowingCorpus.build(corpus, GrowingCorpus.servedArticles(corpus), dev);
    }

    static void eachFoundFirst(WebTestClient client) {
        for (List<String> question : ABOUT_TRANSLATED) {
            SearchResponse found = DatabaseTest.search(client, question.get(0), 5);
            assertThat(found.passages()).as(question.get(0)).isNotEmpty();
            assertThat(found.passages().get(0).text()).as(question.get(0)).contains(question.get(1));
            assertThat(found.passages().get(0).translated()).isTrue();
        }
    }

}
