package city.science.qa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-process models: a pasted sentence of symbols alone has a blank gloss, and the
 * models refuse blank text; publishing such an article must not fail (a hostile page
 * found it). The models load from their jars in sessions of one thread and embed as the
 * jars' own model classes do.
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

    @Test
    void sessionsOfOneThreadEmbedAsTheJarsOwnModelClassesDo() {
        String chinese = "西部（重庆）科学城的合同投资额是多少？";
        String english = "How many universities are there in Chongqing University Town?";
        assertThat(Embeddings.cosine(embeddings.chinese(chinese),
                new BgeSmallZhV15QuantizedEmbeddingModel().embed(chinese).content().vector()))
            .isGreaterThan(0.9999);
        assertThat(Embeddings.cosine(embeddings.english(english),
                new BgeSmallEnV15QuantizedEmbeddingModel().embed(english).content().vector()))
            .isGreaterThan(0.9999);
        assertThat(Embeddings.cosine(embeddings.chinese(chinese), embeddings.chinese("大学城有几所高校？"))).isLessThan(0.99);
    }

}
