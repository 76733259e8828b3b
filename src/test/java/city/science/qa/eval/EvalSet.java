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
import org.yaml.snakeyaml.Yaml;

/** Reads {@code corpus/eval/*.yaml}. */
public final class EvalSet {

    private EvalSet() {
    }

    @SuppressWarnings("unchecked")
    public static List<EvalQuestion> load(Path dir) {
        List<EvalQuestion> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                List<Map<String, Object>> items = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
                for (Map<String, Object> item : items) {
                    out.add(new EvalQuestion(Language.ofCode((String) item.get("lang")), (String) item.get("q"),
                            strings(item.get("gold")), strings(item.get("facts"))));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> strings(Object o) {
        return o == null ? List.of() : ((List<?>) o).stream().map(String::valueOf).toList();
    }

}
