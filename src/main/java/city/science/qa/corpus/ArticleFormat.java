package city.science.qa.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The curated article file: YAML front matter, then the body as Markdown where
 * {@code ## } lines are section headings and each paragraph starts with its id in
 * brackets, e.g. {@code [p07] 正文……}. The English file ({@code <id>.en.md}) has the same
 * shape and the same paragraph ids.
 */
public final class ArticleFormat {

    private static final Pattern PARAGRAPH = Pattern.compile("^\\[(p\\d+)]\\s*(.*)$", Pattern.DOTALL);

    private ArticleFormat() {
    }

    /** A parsed file: its front matter and its paragraphs in order. */
    public record Document(Map<String, Object> frontMatter, List<Paragraph> paragraphs) {
    }

    public static Document parse(String content) {
        String text = content.replace("\r\n", "\n").replace("\uFEFF", "");
        Map<String, Object> front = Map.of();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end < 0) {
                throw new IllegalArgumentException("front matter is not closed by ---");
            }
            Object loaded = new Yaml().load(text.substring(4, end));
            if (loaded instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                front = copy;
            }
            body = text.substring(text.indexOf('\n', end + 1) + 1);
        }
        return new Document(front, parseBody(body));
    }

    private static List<Paragraph> parseBody(String body) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String section = "";
        for (String block : body.split("\n\\s*\n")) {
            String b = block.strip();
            if (b.isEmpty() || b.startsWith("<!--")) {
                continue;
            }
            if (b.startsWith("## ")) {
                section = b.substring(3).strip();
                continue;
            }
            Matcher m = PARAGRAPH.matcher(b);
            if (!m.matches()) {
                throw new IllegalArgumentException("paragraph without an id: " + abbreviate(b));
            }
            paragraphs.add(new Paragraph(m.group(1), section, m.group(2).replace("\n", " ").strip()));
        }
        return paragraphs;
    }

    public static ArticleMetadata metadata(Document doc) {
        Map<String, Object> f = doc.frontMatter();
        return new ArticleMetadata(required(f, "id"), required(f, "title_zh"), string(f, "title_en"),
                string(f, "published"), string(f, "published_basis"), string(f, "source"), strings(f, "captions"),
                strings(f, "credits"), strings(f, "notes"));
    }

    public static String write(ArticleMetadata meta, List<Paragraph> paragraphs) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("id", meta.id());
        front.put("title_zh", meta.titleZh());
        front.put("title_en", nullToEmpty(meta.titleEn()));
        front.put("published", nullToEmpty(meta.published()));
        front.put("published_basis", nullToEmpty(meta.publishedBasis()));
        front.put("source", nullToEmpty(meta.source()));
        front.put("captions", meta.captions());
        front.put("credits", meta.credits());
        if (!meta.notes().isEmpty()) {
            front.put("notes", meta.notes());
        }
        return "---\n" + yaml().dump(front) + "---\n" + writeBody(paragraphs);
    }

    public static String writeBody(List<Paragraph> paragraphs) {
        StringBuilder out = new StringBuilder();
        String section = "";
        for (Paragraph p : paragraphs) {
            if (!p.section().equals(section)) {
                section = p.section();
                out.append("\n## ").append(section).append('\n');
            }
            out.append('\n').append('[').append(p.id()).append("] ").append(p.text()).append('\n');
        }
        return out.toString();
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(400);
        return new Yaml(options);
    }

    private static String required(Map<String, Object> f, String key) {
        String value = string(f, key);
        if (value.isBlank()) {
            throw new IllegalArgumentException("front matter lacks " + key);
        }
        return value;
    }

    private static String string(Map<String, Object> f, String key) {
        Object v = f.get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }

    private static List<String> strings(Map<String, Object> f, String key) {
        Object v = f.get(key);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

}
