package city.science.qa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-process models: a pasted sentence of symbols alone has a blank gloss, and the
 * models refuse blank text; publishing such an article must not fail (a hostile page
 * found it).
 */
class EmbeddingsTest {

    private final Embeddings embeddings = new Embeddings();

    @Test
    void aBlankTextStillGetsAVectorOfTheModelsDimension() {
        assertThat(embeddings.english(List.of("", "   ", "Science City"))).hasSize(3)
            .allSatisfy(v -> assertThat(v).hasSize(embeddings.englishDimension()));
        assertThat(embeddings.chinese(List.of(" "))).singleElement()
            .satisfies(v -> assertThat(v).hasSize(embeddings.chineseDimension()));
        assertThat(embeddings.english("")).hasSize(embeddings.englishDimension());
    }

}
