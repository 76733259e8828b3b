package city.science.qa.eval;

import city.science.qa.eval.GrowingCorpusEvaluation.Figures;
import city.science.qa.eval.GrowingCorpusEvaluation.Result;
import city.science.qa.search.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures the README leads with and CI guards: on the test evaluation articles, added
 * untranslated to the served corpus, the share of answerable questions whose answer holds
 * the gold fact and the share refused, per language, and the share of unanswerable and
 * near-miss questions declined (or answered partially). {@code make eval} writes them to
 * {@link #BASELINE}; commit that file when they improve.
 */
public record Headline(int questions, double zhFact, double zhRefused, double enFact, double enRefused,
        double declined) {

    public static final Path BASELINE = Path.of("corpus/eval/unseen/baseline.json");

    /** How far a figure may move the wrong way before CI fails. */
    public static final double TOLERANCE = 0.02;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public static Headline of(List<Result> results) {
        Figures zh = Figures.of(results.stream().filter(r -> r.question().lang() == Language.ZH).toList());
        Figures en = Figures.of(results.stream().filter(r -> r.question().lang() == Language.EN).toList());
        Figures all = Figures.of(results);
        return new Headline(results.size(), round(zh.fact()), round(zh.refused()), round(en.fact()),
                round(en.refused()), round(all.declined()));
    }

    /** What fell (or, for refusals, rose) by more than the tolerance, each named. */
    public List<String> regressionsFrom(Headline baseline) {
        List<String> out = new ArrayList<>();
        fell(out, "Chinese gold fact in the answer", baseline.zhFact, zhFact);
        rose(out, "Chinese answerable questions refused", baseline.zhRefused, zhRefused);
        fell(out, "English gold fact in the answer", baseline.enFact, enFact);
        rose(out, "English answerable questions refused", baseline.enRefused, enRefused);
        fell(out, "unanswerable and near-miss questions declined", baseline.declined, declined);
        return out;
    }

    private static void fell(List<String> out, String figure, double before, double now) {
        if (now < before - TOLERANCE - 1e-9) {
            out.add(String.format("%s fell from %.3f to %.3f (more than %.2f below the baseline)", figure, before, now,
                    TOLERANCE));
        }
    }

    private static void rose(List<String> out, String figure, double before, double now) {
        if (now > before + TOLERANCE + 1e-9) {
            out.add(String.format("%s rose from %.3f to %.3f (more than %.2f above the baseline)", figure, before, now,
                    TOLERANCE));
        }
    }

    public static Headline read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), Headline.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file) {
        try {
            Files.writeString(file, JSON.writeValueAsString(this) + "\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 1000) / 1000.0;
    }

}
