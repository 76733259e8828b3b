package city.science.qa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import city.science.qa.search.Language;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How likely a sentence is to state what a question asks: a logistic model over the
 * signals the rules used to decide alone ({@link SentenceFeatures}), with weights learned
 * from the dev questions by {@code make train} and two thresholds chosen on them, one
 * model per question language (an English question reads translations and glosses, a
 * Chinese one the original: the same signal does not weigh the same). At or above
 * {@link #answerAt} a sentence answers; below it and at or above {@link #relatedAt} it
 * may be cited as related ("not stated; the closest is…"), never as the answer; below
 * that it is not shown.
 *
 * <p>
 * The model is a file ({@value #RESOURCE} on the classpath), committed and read at
 * start-up, so the production jar needs no learning library. Its features are named: a
 * file trained on other features fails at start-up instead of scoring nonsense.
 */
@Component
public class AnswerScorer {

    public static final String RESOURCE = "answer/answer-scorer.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * Where a model came from, so that a reader of the file can tell what it saw.
     *
     * @param questions dev questions it was trained on
     * @param sentences candidate sentences (examples)
     * @param answering sentences that hold their question's gold fact (positives)
     * @param trainer the learning library, algorithm and seed
     * @param data the questions and articles, by split
     */
    public record Provenance(int questions, int sentences, int answering, String trainer, String data) {
    }

    /**
     * The trained model as {@code make train} writes it.
     *
     * @param features the feature names, in order
     * @param weights one weight per feature (log-odds of answering)
     * @param bias the log-odds with every feature 0
     * @param answerAt the probability at which a sentence answers, whatever the evidence
     * fit says of it
     * @param keepAt the probability below which a sentence the evidence fit accepts does
     * not answer after all
     * @param relatedAt the probability at which a sentence may be cited as related
     */
    public record Model(List<String> features, List<Double> weights, double bias, double answerAt, double keepAt,
            double relatedAt, Provenance trainedOn) {

        public Model {
            if (features.size() != weights.size()) {
                throw new IllegalArgumentException("a weight per feature");
            }
            if (!(relatedAt <= keepAt && keepAt <= answerAt)) {
                throw new IllegalArgumentException("the thresholds are related <= keep <= answer");
            }
        }

    }

    /**
     * The file {@code make train} writes: a model for Chinese questions and one for
     * English ones.
     */
    public record Models(Model chinese, Model english) {

        public Model of(Language language) {
            return language == Language.EN ? english : chinese;
        }

        public void write(Path file) {
            try {
                Files.writeString(file, JSON.writeValueAsString(this) + "\n");
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }

    private final Models models;

    private final double[] chinese;

    private final double[] english;

    public AnswerScorer() {
        this(load());
    }

    public AnswerScorer(Models models) {
        this.models = models;
        this.chinese = weights(models.chinese());
        this.english = weights(models.english());
    }

    /** The same model for both languages (training one, testing one). */
    public AnswerScorer(Model model) {
        this(new Models(model, model));
    }

    private static double[] weights(Model model) {
        if (!model.features().equals(SentenceFeatures.NAMES)) {
            throw new IllegalStateException("the answer scorer " + RESOURCE + " was trained on features "
                    + model.features() + ", not " + SentenceFeatures.NAMES + ": run make train");
        }
        return model.weights().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Models load() {
        try (InputStream in = AnswerScorer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no answer scorer at " + RESOURCE + ": run make train");
            }
            return JSON.readValue(in, Models.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The probability that the sentence with these features answers its question (read by
     * the model of the question's language).
     */
    public double probability(SentenceFeatures features) {
        double[] x = features.values();
        double[] w = features.english() ? english : chinese;
        double z = models.of(features.english() ? Language.EN : Language.ZH).bias();
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Whether a sentence of this probability answers (not only relates to) its question:
     * the scorer overrules the evidence fit both ways where it is sure. A sentence the
     * fit rejects answers from {@code answerAt} (the fit read a phrasing too narrowly);
     * one it accepts does not below {@code keepAt} (a neighbouring fact the fit let
     * through).
     */
    public boolean answers(SentenceFeatures features, double probability) {
        Model model = models.of(features.english() ? Language.EN : Language.ZH);
        return probability >= model.answerAt() || features.mismatch().isEmpty() && probability >= model.keepAt();
    }

    /**
     * Whether a sentence of this probability answers whatever the evidence fit or the
     * abstention gate say.
     */
    public boolean answersOutright(Language language, double probability) {
        return probability >= models.of(language).answerAt();
    }

    public double relatedAt(Language language) {
        return models.of(language).relatedAt();
    }

    public Models models() {
        return models;
    }

}
