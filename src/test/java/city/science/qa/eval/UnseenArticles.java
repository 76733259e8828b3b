package city.science.qa.eval;

import city.science.qa.search.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation articles: raw pages as staff would paste them, never served, each with
 * the questions visitors and investors ask about it. Two sources: the project's own
 * ({@code corpus/eval/unseen}, split by article in its {@code splits.yaml}) and the set
 * given beside the project ({@code ../shared/eval-articles}), all of it test material.
 */
public final class UnseenArticles {

    /** Where the given set lies: beside the clone, as CI lays it. */
    public static final Path GIVEN = Path
        .of(System.getenv().getOrDefault("SCQA_EVAL_ARTICLES", "../shared/eval-articles"));

    public static final Path OWN = Path.of("corpus/eval/unseen");

    /** Where an article came from. */
    public enum Origin {

        /** Written beside the project by others, never seen by whoever tunes it. */
        GIVEN,
        /** Written for the project from public reports, split by article. */
        OWN,
        /** The five served articles (their questions in {@code corpus/eval/*.yaml}). */
        SEED

    }

    /** What an article is for. */
    public enum Split {

        /** Read failures on it and tune on it. */
        DEV,
        /** Counted, never read, never tuned on. */
        TEST,
        /**
         * Test articles committed before the answer scorer's first run on them: left out
         * of every run until then (make eval EVAL=sealed runs them).
         */
        SEALED

    }

    /** One raw article page. */
    public record Article(String id, String raw, Origin origin, Split split) {
    }

    /**
     * One question about an article.
     *
     * @param required every group must be matched by an answer, by any string of the
     * group: one group for most questions, one per fact for a timeline
     * @param history the questions asked before it in the same conversation
     */
    public record Question(String id, String article, Origin origin, Split split, Language lang, String kind, String q,
            List<String> gold, List<List<String>> required, List<String> history) {

        public boolean answerable() {
            return !gold.isEmpty();
        }

        public boolean isGold(String passageText) {
            return gold.stream().anyMatch(passageText::contains);
        }

        public boolean followUp() {
            return !history.isEmpty();
        }

        /** A near miss or an unanswerable question: right when declined or partial. */
        public boolean declinable() {
            return !answerable();
        }

        /** As a question of the seed set, for the per-retriever tables. */
        EvalQuestion asEvalQuestion() {
            return new EvalQuestion(lang, kind, split == Split.DEV ? "dev" : "test",
                    history.isEmpty() ? java.util.Optional.empty()
                            : java.util.Optional.of(history.get(history.size() - 1)),
                    q, gold, required.stream().flatMap(List::stream).toList(), required.size() > 1);
        }

        static Question of(EvalQuestion seed, int index) {
            List<List<String>> required = seed.all() ? seed.facts().stream().map(List::of).toList()
                    : seed.facts().isEmpty() ? List.of() : List.of(seed.facts());
            return new Question("seed-" + index, "seed", Origin.SEED,
                    "test".equals(seed.split()) ? Split.TEST : Split.DEV, seed.lang(), seed.kind(), seed.q(),
                    seed.gold(), required, seed.after().map(List::of).orElse(List.of()));
        }

    }

    /** The articles and questions of both sources. */
    public record Set(List<Article> articles, List<Question> questions) {

        public List<Article> articles(Split split) {
            return articles.stream().filter(a -> a.split() == split).toList();
        }

        public List<Question> questions(Split split) {
            return questions.stream().filter(q -> q.split() == split).toList();
        }

    }

    private UnseenArticles() {
    }

    public static Set load() {
        return load(OWN, GIVEN);
    }

    @SuppressWarnings("unchecked")
    public static Set load(Path own, Path given) {
        Map<String, Split> splits = new LinkedHashMap<>();
        Map<String, List<String>> declared = new Yaml().load(read(own.resolve("splits.yaml")));
        declared.forEach((split, ids) -> ids.forEach(id -> splits.put(id, Split.valueOf(split.toUpperCase()))));
        List<Article> articles = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (var source : List.of(Map.entry(own, Origin.OWN), Map.entry(given, Origin.GIVEN))) {
            if (!Files.isDirectory(source.getKey().resolve("articles"))) {
                throw new IllegalStateException("no evaluation articles in " + source.getKey().toAbsolutePath()
                        + (source.getValue() == Origin.GIVEN ? " (set SCQA_EVAL_ARTICLES to the given set)" : ""));
            }
            Map<String, Article> byId = new LinkedHashMap<>();
            for (Path file : list(source.getKey().resolve("articles"), ".txt")) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                Split split = source.getValue() == Origin.GIVEN ? Split.TEST : splits.get(id);
                if (split == null) {
                    throw new IllegalStateException(id + " is in no split of " + own.resolve("splits.yaml"));
                }
                byId.put(id, new Article(id, read(file), source.getValue(), split));
            }
            articles.addAll(byId.values());
            for (Path file : list(source.getKey(), ".json")) {
                if (!file.getFileName().toString().startsWith("questions-")) {
                    continue;
                }
                for (Map<String, Object> item : (List<Map<String, Object>>) JsonMapper.shared()
                    .readValue(read(file), List.class)) {
                    Article article = byId.get((String) item.get("article"));
                    if (article == null) {
                        throw new IllegalStateException(item.get("id") + ": no article " + item.get("article"));
                    }
                    questions.add(question(item, article));
                }
            }
        }
        return new Set(List.copyOf(articles), List.copyOf(questions));
    }

    @SuppressWarnings("unchecked")
    private static Question question(Map<String, Object> item, Article article) {
        List<List<String>> required;
        if (Boolean.TRUE.equals(item.get("gold_all")) && item.get("facts_all") != null) {
            required = ((List<List<Object>>) item.get("facts_all")).stream()
                .map(group -> group.stream().map(String::valueOf).toList())
                .toList();
        }
        else {
            List<String> facts = strings(item.get("facts"));
            required = facts.isEmpty() ? List.of() : List.of(facts);
        }
        return new Question((String) item.get("id"), article.id(), article.origin(), article.split(),
                Language.ofCode((String) item.get("lang")), (String) item.get("kind"), (String) item.get("q"),
                strings(item.get("gold")), required, strings(item.get("history")));
    }

    private static List<String> strings(Object o) {
        return o == null ? List.of() : ((List<?>) o).stream().map(String::valueOf).toList();
    }

    private static List<Path> list(Path dir, String suffix) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
