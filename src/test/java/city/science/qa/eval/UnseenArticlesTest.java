package city.science.qa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.ArticleFormat;
import city.science.qa.corpus.ArticleImporter;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Paragraph;
import city.science.qa.corpus.RawArticleCleaner;
import city.science.qa.eval.UnseenArticles.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluation articles measure honestly only if every gold text is in its article as
 * the service will index it, the splits are apart by article, and no evaluation article
 * is served.
 */
class UnseenArticlesTest {

    private static final UnseenArticles.Set SET = UnseenArticles.load();

    private static final ArticleImporter IMPORTER = new ArticleImporter(new RawArticleCleaner(new ChineseWords()));

    @Test
    void thereAreAtLeastTwentyFourArticlesAndThreeHundredQuestions() {
        assertThat(SET.articles()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(SET.questions()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(SET.articles(Split.DEV)).isNotEmpty();
        assertThat(SET.articles(Split.TEST)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyGoldTextIsInItsRawArticleAndInItsImportedParagraphs() {
        Map<String, UnseenArticles.Article> byId = SET.articles()
            .stream()
            .collect(Collectors.toMap(UnseenArticles.Article::id, a -> a));
        Map<String, String> imported = SET.articles()
            .stream()
            .collect(Collectors.toMap(UnseenArticles.Article::id,
                    a -> ArticleFormat
                        .parse(IMPORTER.importArticle(new ArticleImporter.Request(a.id(), a.raw(), Optional.empty(),
                                Optional.empty(), Optional.empty())))
                        .paragraphs()
                        .stream()
                        .map(Paragraph::text)
                        .collect(Collectors.joining("\n"))));
        assertThat(SET.questions()).allSatisfy(q -> assertThat(q.gold()).allSatisfy(gold -> {
            assertThat(byId.get(q.article()).raw()).as(q.id() + " gold in the raw article").contains(gold);
            assertThat(imported.get(q.article())).as(q.id() + " gold in the imported article").contains(gold);
        }));
    }

    @Test
    void everyAnswerableQuestionHasFactsAndEveryOtherHasNone() {
        assertThat(SET.questions())
            .allSatisfy(q -> assertThat(q.required().isEmpty()).as(q.id()).isEqualTo(q.gold().isEmpty()));
    }

    @Test
    void noTestArticlesQuestionIsAlsoAskedInDev() {
        Set<String> dev = SET.questions(Split.DEV).stream().map(UnseenArticlesTest::asked).collect(Collectors.toSet());
        List<String> seedDev = EvalSet.load(Path.of("corpus/eval"))
            .stream()
            .filter(q -> !q.test())
            .map(EvalQuestion::q)
            .toList();
        assertThat(Stream.concat(SET.questions(Split.TEST).stream(), SET.questions(Split.SEALED).stream())
            .map(UnseenArticlesTest::asked)).doesNotContainAnyElementsOf(dev).doesNotContainAnyElementsOf(seedDev);
    }

    @Test
    void noEvaluationArticleIsServed() throws IOException {
        try (var served = Files.list(Path.of("corpus/articles"))) {
            Set<String> ids = served.map(p -> p.getFileName().toString().replaceFirst("(\\.en)?\\.md$", ""))
                .collect(Collectors.toSet());
            assertThat(SET.articles()).extracting(UnseenArticles.Article::id).doesNotContainAnyElementsOf(ids);
        }
    }

    private static String asked(UnseenArticles.Question q) {
        return String.join(" → ", q.history()) + " → " + q.q();
    }

}
