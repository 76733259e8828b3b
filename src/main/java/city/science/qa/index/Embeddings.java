package city.science.qa.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The two in-process embedding models: bge-small-zh-v1.5 for Chinese passages and
 * questions, bge-small-en-v1.5 for the English translations and English questions. Both
 * run on the CPU from the ONNX files inside their jars; loading them takes a second or
 * two, once.
 */
@Component
public class Embeddings {

    private final EmbeddingModel chinese = new BgeSmallZhV15QuantizedEmbeddingModel();

    private final EmbeddingModel english = new BgeSmallEnV15QuantizedEmbeddingModel();

    public List<float[]> chinese(List<String> texts) {
        return embed(chinese, texts);
    }

    public List<float[]> english(List<String> texts) {
        return embed(english, texts);
    }

    public float[] chinese(String text) {
        return chinese.embed(nonBlank(text)).content().vector();
    }

    public float[] english(String text) {
        return english.embed(nonBlank(text)).content().vector();
    }

    public int chineseDimension() {
        return chinese.dimension();
    }

    public int englishDimension() {
        return english.dimension();
    }

    // The models refuse blank text, and a pasted sentence of symbols alone has a blank
    // gloss: it still gets a vector (one that matches nothing in particular), so that
    // publishing such an article never fails.
    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    private static List<float[]> embed(EmbeddingModel model, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(Embeddings::nonBlank).map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }

}
