package city.science.qa.answer;

import city.science.qa.index.Embeddings;
import city.science.qa.search.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Questions the corpus answers well ({@code corpus/suggestions.yaml}), per language: the
 * chat page's starters, and what an abstention offers instead, the ones closest in
 * meaning to the question.
 */
public class Suggestions {

    private final Map<Language, List<String>> questions;

    private final Embeddings embeddings;

    private Map<Language, List<float[]>> vectors;

    public Suggestions(Map<Language, List<String>> questions, Embeddings embeddings) {
        this.questions = Map.copyOf(questions);
        this.embeddings = embeddings;
    }

    @SuppressWarnings("unchecked")
    public static Suggestions load(Path file, Embeddings embeddings) {
        try {
            Map<String, List<String>> raw = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
            return new Suggestions(Map.of(Language.ZH, List.copyOf(raw.get(Language.ZH.code())), Language.EN,
                    List.copyOf(raw.get(Language.EN.code()))), embeddings);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public List<String> starters(Language language) {
        return questions.get(language);
    }

    /** The {@code n} suggestions closest to the question, in the question's language. */
    public List<String> closestTo(String question, Language language, int n) {
        List<String> candidates = questions.get(language);
        List<float[]> candidateVectors = vectors().get(language);
        float[] q = language == Language.EN ? embeddings.english(question) : embeddings.chinese(question);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Embeddings.cosine(q, candidateVectors.get(i))));
        return order.stream().limit(n).map(candidates::get).toList();
    }

    private synchronized Map<Language, List<float[]>> vectors() {
        if (vectors == null) {
            vectors = Map.of(Language.ZH, embeddings.chinese(questions.get(Language.ZH)), Language.EN,
                    embeddings.english(questions.get(Language.EN)));
        }
        return vectors;
    }

}
