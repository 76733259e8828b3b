package city.science.qa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evaluation set is only honest if its splits are apart: a test question written
 * again into dev (a later batch repeating an earlier question) is tuned on and reported
 * at once.
 */
class EvalSetTest {

    private static final List<EvalQuestion> QUESTIONS = EvalSet.load(Path.of("corpus/eval"));

    /**
     * A question and the one before it: a follow-up is the same question only after the
     * same.
     */
    private static String asked(EvalQuestion q) {
        return q.after().map(a -> a + " → ").orElse("") + q.q();
    }

    @Test
    void noTestQuestionIsAlsoADevQuestion() {
        List<String> dev = QUESTIONS.stream().filter(q -> !q.test()).map(EvalSetTest::asked).toList();
        assertThat(QUESTIONS.stream().filter(EvalQuestion::test).map(EvalSetTest::asked))
            .doesNotContainAnyElementsOf(dev);
    }

    @Test
    void noQuestionIsAskedTwice() {
        Map<String, Long> counts = QUESTIONS.stream()
            .collect(Collectors.groupingBy(EvalSetTest::asked, Collectors.counting()));
        assertThat(counts).allSatisfy((question, n) -> assertThat(n).as(question).isEqualTo(1L));
    }

    @Test
    void everyGoldPassageMarkerIsWrittenInTheArticles() throws IOException {
        StringBuilder articles = new StringBuilder();
        try (var files = Files.list(Path.of("corpus/articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.toString().endsWith(".en.md"))
                .toList()) {
                articles.append(Files.readString(file)).append('\n');
            }
        }
        assertThat(QUESTIONS.stream().flatMap(q -> q.gold().stream()))
            .allSatisfy(gold -> assertThat(articles.toString()).as("gold marker").contains(gold));
    }

}
