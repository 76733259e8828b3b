package city.science.qa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pasted news page says about itself near its top: {@code 来源：重庆日报 2024-01-18},
 * {@code 发布时间：2024年1月18日 10:20}, {@code 日期：2024-01}, {@code Source: Xinhua},
 * {@code Published: 2024-01-18}. Such a line names where the article came from and when;
 * it is neither part of the article's text nor a credit.
 *
 * @param source who published it, empty when the lines name no source
 * @param published {@code YYYY-MM-DD} or {@code YYYY-MM}, empty when they give no date
 * @param lines the raw lines read, to be taken out of the text
 */
public record Dateline(String source, String published, List<String> lines) {

    /** How far down a page its header lines are looked for (non-blank lines). */
    private static final int HEADER_LINES = 6;

    /** A header line is short: a long one is prose that happens to start with 来源. */
    private static final int MAX_LINE = 120;

    private static final Pattern LABEL = Pattern
        .compile("(?i)(来源|稿源|出处|发布时间|发布日期|发稿时间|日期|时间|source|published|date)\\s*[:：]\\s*");

    private static final Pattern SOURCE_LABEL = Pattern.compile("(?i)来源|稿源|出处|source");

    private static final Pattern DATE = Pattern
        .compile("((?:19|20)\\d\\d)\\s*[-/.年]\\s*(\\d{1,2})(?:\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|\\s*月)?"
                + "(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?");

    static final Dateline NONE = new Dateline("", "", List.of());

    /** The header lines of a raw page; {@link #NONE} when it has none. */
    public static Dateline read(String raw) {
        String source = "";
        String published = "";
        List<String> lines = new ArrayList<>();
        int seen = 0;
        for (String line : raw.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (++seen > HEADER_LINES) {
                break;
            }
            if (text.length() > MAX_LINE || text.startsWith("数据来源") || text.startsWith("资料来源")) {
                continue;
            }
            // One line may hold several labelled parts: 来源：重庆日报 发布时间：2024-01-18
            List<java.util.regex.MatchResult> parts = LABEL.matcher(text).results().toList();
            if (parts.isEmpty() || parts.get(0).start() != 0) {
                continue;
            }
            boolean found = false;
            for (int i = 0; i < parts.size(); i++) {
                int end = i + 1 < parts.size() ? parts.get(i + 1).start() : text.length();
                String value = text.substring(parts.get(i).end(), end).strip();
                Matcher date = DATE.matcher(value);
                String when = date.find() ? date(date) : "";
                if (!when.isEmpty() && published.isEmpty()) {
                    published = when;
                    found = true;
                }
                if (SOURCE_LABEL.matcher(parts.get(i).group()).lookingAt()) {
                    String who = (when.isEmpty() ? value : value.substring(0, date.start())).strip()
                        .replaceAll("[\\s　,，;；|]+$", "");
                    if (!who.isEmpty() && source.isEmpty()) {
                        source = who;
                    }
                    found |= !who.isEmpty();
                }
            }
            if (found) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? NONE : new Dateline(source, published, List.copyOf(lines));
    }

    /** The raw text without the header lines read. */
    public String strip(String raw) {
        if (lines.isEmpty()) {
            return raw;
        }
        List<String> kept = new ArrayList<>();
        List<String> pending = new ArrayList<>(lines);
        for (String line : raw.split("\\R", -1)) {
            if (!pending.isEmpty() && pending.get(0).equals(line)) {
                pending.remove(0);
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }

    public Optional<String> sourceIfAny() {
        return source.isEmpty() ? Optional.empty() : Optional.of(source);
    }

    public Optional<String> publishedIfAny() {
        return published.isEmpty() ? Optional.empty() : Optional.of(published);
    }

    private static String date(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return "";
        }
        String ym = m.group(1) + "-" + String.format("%02d", month);
        if (m.group(3) == null) {
            return ym;
        }
        int day = Integer.parseInt(m.group(3));
        return day < 1 || day > 31 ? ym : ym + "-" + String.format("%02d", day);
    }

}
