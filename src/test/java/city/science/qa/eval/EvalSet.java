package city.science.qa.eval;

import city.science.qa.search.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads {@code corpus/eval/*.yaml}. A question without a kind is {@code plain} (or
 * {@code unanswerable}); one without a split alternates dev, test in file order, so that
 * both splits hold every kind.
 */
public final class EvalSet {

    private EvalSet() {
    }

    @SuppressWarnings("unchecked")
    public static List<EvalQuestion> load(Path dir) {
        List<EvalQuestion> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                List<Map<String, Object>> items = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
                int index = 0;
                for (Map<String, Object> item : items) {
                    List<String> gold = strings(item.get("gold"));
                    String kind = item.containsKey("kind") ? (String) item.get("kind")
                            : gold.isEmpty() ? "unanswerable" : "plain";
                    String split = item.containsKey("split") ? (String) item.get("split")
                            : (index % 2 == 0 ? "dev" : "test");
                    out.add(new EvalQuestion(Language.ofCode((String) item.get("lang")), kind, split,
                            Optional.ofNullable((String) item.get("after")), (String) item.get("q"), gold,
                            strings(item.get("facts")), Boolean.TRUE.equals(item.get("all"))));
                    index++;
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

    private static List<String> strings(Object o) {
        return o == null ? List.of() : ((List<?>) o).stream().map(String::valueOf).toList();
    }

}
