package city.science.qa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CI's guard on the headline: the test evaluation articles, imported untranslated beside
 * the served corpus as {@code make eval} (b) does, asked every question; a figure that
 * falls more than {@link Headline#TOLERANCE} below the committed baseline fails the
 * build, named.
 */
class UnseenArticlesIT {

    @Test
    void theHeadlineFiguresHoldOnArticlesNobodyTunedOn() {
        UnseenArticles.Set set = UnseenArticles.load();
        Path corpus = Path.of("corpus");
        List<UnseenArticles.Article> added = set.articles()
            .stream()
            .filter(a -> a.split() != UnseenArticles.Split.SEALED)
            .toList();
        List<GrowingCorpusEvaluation.Result> results = EvalApplication.askGrowing(TestDatabase.jdbcUrl(), corpus,
                GrowingCorpus.servedArticles(corpus), added, set.questions(UnseenArticles.Split.TEST),
                "scqa_growing_guard");
        Headline now = Headline.of(results);
        Headline baseline = Headline.read(Headline.BASELINE);
        System.out.printf("[headline] now %s%n[headline] baseline %s%n", now, baseline);
        assertThat(now.regressionsFrom(baseline))
            .as("headline figures on the test evaluation articles against %s", Headline.BASELINE)
            .isEmpty();
    }

}
