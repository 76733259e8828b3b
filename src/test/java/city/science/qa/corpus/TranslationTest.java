package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The English corpus is a faithful, aligned translation: every paragraph, sentence for
 * sentence, every figure.
 */
class TranslationTest {

    private final Corpus corpus = new CorpusReader(Path.of("corpus")).read();

    @Test
    void everyParagraphIsTranslatedSentenceForSentence() {
        for (Article article : corpus.articles()) {
            assertThat(article.metadata().titleEn()).as(article.id()).isNotBlank();
            for (Paragraph p : article.paragraphs()) {
                String english = article.translationOf(p.id())
                    .orElseThrow(() -> new AssertionError(article.id() + " " + p.id()));
                assertThat(Sentences.english(english)).as(article.id() + " " + p.id())
                    .hasSameSizeAs(Sentences.chinese(p.text()));
            }
        }
    }

    @Test
    void everyQuantityOfTheChineseIsInTheEnglish() {
        List<String> missing = new java.util.ArrayList<>();
        for (Article article : corpus.articles()) {
            for (Paragraph p : article.paragraphs()) {
                Set<String> english = tokens(article.translationOf(p.id()).orElseThrow());
                List<Figures.Figure> chinese = Figures.in(p.text())
                    .stream()
                    // Quantities with a magnitude or a percentage: the ones investors act
                    // on.
                    .filter(f -> f.percent() || f.text().matches(".*[亿万].*"))
                    .toList();
                for (Figures.Figure f : chinese) {
                    if (!english.contains(f.token())) {
                        missing.add(article.id() + " " + p.id() + " " + f.text());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> tokens(String text) {
        return Figures.in(text).stream().map(Figures.Figure::token).collect(Collectors.toSet());
    }

}
