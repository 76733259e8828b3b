package city.science.qa.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The two in-process embedding models: bge-small-zh-v1.5 for Chinese passages and
 * questions, bge-small-en-v1.5 for the English translations and English questions. Both
 * run on the CPU from the ONNX files inside their jars (LangChain4j's
 * {@code langchain4j-embeddings-bge-small-*-v15-q}); loading them takes a second or two,
 * once.
 *
 * <p>
 * Each model runs in one thread per call, without spinning. An English search over a
 * corpus with untranslated articles embeds the question with both models, and does so at
 * once, one on each core ({@code search/PassageSearch}). ONNX Runtime's default, a pool
 * of spinning threads as wide as the machine per model, made two embeddings at once as
 * slow as one after the other, and one after the other slower than each alone (the two
 * models evict each other from the cache): English then Chinese 8.7 ms one after the
 * other by default, 5.5 ms at once in one thread each, against 4.2 ms for English alone
 * by default and 5.6 ms in one thread (2 cores). Many texts at once (an ingest) are still
 * spread over every core, one text per thread.
 */
@Component
public class Embeddings {

    private static final Executor BATCHES = batches();

    private final EmbeddingModel chinese = new SingleThreaded("bge-small-zh-v1.5-q");

    private final EmbeddingModel english = new SingleThreaded("bge-small-en-v1.5-q");

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

    /** The cosine similarity of two vectors of the same dimension. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
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

    /**
     * The quantized bge-small model of this name from its LangChain4j jar, as the jar's
     * own model class loads it (CLS pooling, normalized), in a session of one thread.
     */
    private static final class SingleThreaded extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        SingleThreaded(String name) {
            super(BATCHES);
            try (InputStream model = resource(name + ".onnx");
                    InputStream tokenizer = resource(name + "-tokenizer.json");
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                this.encoder = new OnnxBertBiEncoder(environment,
                        environment.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.CLS);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            catch (OrtException ex) {
                throw new IllegalStateException("cannot load the embedding model " + name, ex);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = SingleThreaded.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (its LangChain4j jar is missing)");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

    }

    // As LangChain4j's own models do: as many threads as cores, idle ones let go.
    private static Executor batches() {
        int cores = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "embed");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

}
