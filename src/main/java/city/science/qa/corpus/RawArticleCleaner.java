package city.science.qa.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a raw newspaper text into clean paragraphs, the way a careful editor would: lines
 * broken by narrow columns are joined, sentences split across blank lines are mended,
 * text continued far below its start (the page jumped columns) is put back in reading
 * order, and captions and bylines are taken out of the body. What it cannot settle goes
 * to notes for the editor.
 */
public final class RawArticleCleaner {

    private static final Pattern TERMINAL = Pattern.compile(".*[。！？!?…]+[”’」』)）]*$", Pattern.DOTALL);

    private static final Pattern CONTINUES = Pattern.compile(".*[的、，,：:；;——（(“]$", Pattern.DOTALL);

    private static final Pattern CREDIT = Pattern.compile("^(数据来源|来源|资料来源)[:：].*|.*[图摄]\\s*/\\s*\\S+.*|.*图片.*提供$");

    private static final Pattern NAMES = Pattern.compile("^[\\p{IsHan}]{2,4}(\\s+[\\p{IsHan}]{2,4}){0,3}$");

    private static final Pattern CLAUSE = Pattern.compile("[，。、：；！？]");

    private static final int MAX_HEADING = 40;

    private static final int MAX_CAPTION = 45;

    private final ChineseWords words;

    public RawArticleCleaner(ChineseWords words) {
        this.words = words;
    }

    /** The cleaned body, its sections, and what was taken out of it. */
    public record Cleaned(String titleGuess, List<Paragraph> paragraphs, List<String> captions, List<String> credits,
            List<String> notes) {
    }

    enum Kind {

        PROSE, HEADING, CAPTION, CREDIT

    }

    record Block(String text, Kind kind) {
        boolean dangling() {
            return kind == Kind.PROSE && !TERMINAL.matcher(text).matches();
        }
    }

    public Cleaned clean(String raw) {
        List<List<String>> rawBlocks = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        splitBlocks(normalize(raw), rawBlocks, gaps);
        int columnWidth = columnWidth(rawBlocks);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < rawBlocks.size(); i++) {
            for (String text : paragraphsOf(rawBlocks.get(i), columnWidth)) {
                blocks.add(new Block(text, classify(text, rawBlocks.get(i), gaps.get(i), columnWidth)));
            }
        }
        markBylines(blocks);
        List<String> captions = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        for (Block b : blocks) {
            switch (b.kind()) {
                case CAPTION -> captions.add(b.text());
                case CREDIT -> credits.add(b.text());
                default -> body.add(b);
            }
        }
        List<String> notes = new ArrayList<>();
        dropTrailingHeadings(body, notes);
        return assemble(restoreReadingOrder(body), captions, credits, notes);
    }

    static String normalize(String raw) {
        String s = printable(raw).replace("\uFEFF", "")
            .replace("\r\n", "\n")
            .replace('\r', '\n')
            .replace('\u3000', ' ')
            .replace('\u00A0', ' ');
        s = s.replace('（', '(').replace('）', ')');
        // Full-width punctuation between Chinese characters, where a typesetter used
        // ASCII.
        s = s.replaceAll("(?<=[\\p{IsHan}”’）)])\\s*,\\s*(?=[\\p{IsHan}“‘（(0-9A-Za-z])", "，")
            .replaceAll("(?<=[\\p{IsHan}])\\s*;\\s*", "；")
            .replaceAll("(?<=[\\p{IsHan}”])!", "！")
            .replaceAll("(?<=[\\p{IsHan}”])\\?", "？")
            .replaceAll("(?<=[\\p{IsHan}])\\s*:\\s*(?=[\\p{IsHan}“])", "：");
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            out.append(line.strip().replaceAll(" {2,}", " ")).append('\n');
        }
        return out.toString();
    }

    /**
     * Control characters, stray surrogates and non-characters are no text an article
     * holds.
     */
    static String printable(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean broken = Character.getType(c) == Character.SURROGATE || (c & 0xFFFE) == 0xFFFE
                    || (c >= 0xFDD0 && c <= 0xFDEF);
            if (!control && !broken) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void splitBlocks(String text, List<List<String>> blocks, List<Integer> gaps) {
        int blank = 0;
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
                blank++;
                continue;
            }
            if (current.isEmpty()) {
                gaps.add(blank);
                blank = 0;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
    }

    /**
     * The width of a narrow newspaper column (the median width of lines that wrap), or 0
     * when the text is not set in narrow columns.
     */
    static int columnWidth(List<List<String>> blocks) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> lines : blocks) {
            for (int i = 0; i + 1 < lines.size() && lines.size() >= 3; i++) {
                widths.add(lines.get(i).length());
            }
        }
        if (widths.size() < 20) {
            return 0;
        }
        widths.sort(Integer::compare);
        int median = widths.get(widths.size() / 2);
        return median <= 25 ? median : 0;
    }

    /**
     * Lines of a block joined; a block of full-width lines holding several sentences is
     * several paragraphs.
     */
    private static List<String> paragraphsOf(List<String> lines, int columnWidth) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            appendJoined(current, line);
            boolean wide = columnWidth == 0 && line.length() > MAX_HEADING;
            if (wide && TERMINAL.matcher(line).matches()) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private static void appendJoined(StringBuilder sb, String line) {
        if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(line.charAt(0))) {
            sb.append(' ');
        }
        sb.append(line);
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static Kind classify(String text, List<String> lines, int gap, int columnWidth) {
        if (CREDIT.matcher(text).matches()) {
            return Kind.CREDIT;
        }
        boolean terminal = TERMINAL.matcher(text).matches();
        boolean columnProse = columnWidth > 0 && lines.size() > 1 && lines.get(0).length() >= columnWidth - 3;
        // A headline: phrases set apart by spaces, no sentence punctuation at all.
        if (!terminal && !columnProse && text.length() <= 60 && text.contains(" ") && !CLAUSE.matcher(text).find()) {
            return Kind.HEADING;
        }
        if (terminal || text.length() > MAX_HEADING || text.contains("，") && text.length() > 30) {
            return Kind.PROSE;
        }
        if (columnProse || CONTINUES.matcher(text).matches() && text.length() > 10) {
            return Kind.PROSE;
        }
        if (gap >= 2 && text.length() <= MAX_CAPTION) {
            return Kind.CAPTION;
        }
        return Kind.HEADING;
    }

    /** Names alone after the last paragraph are a byline, not a heading. */
    private static void markBylines(List<Block> blocks) {
        int lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Kind.PROSE) {
                lastProse = i;
            }
        }
        for (int i = lastProse + 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Kind.HEADING && NAMES.matcher(b.text()).matches()) {
                blocks.set(i, new Block(b.text(), Kind.CREDIT));
            }
        }
    }

    /**
     * Mends sentences the layout broke. A paragraph that stops mid-sentence continues in
     * the next block when nothing of the layout (heading, caption) stood between them;
     * otherwise, or when that block already continues another paragraph, the continuation
     * is the first later unclaimed block whose start makes a word with the broken end
     * (5.22万|亿元, 积极打|造, 智造高|地). A continuation carries the blocks after it up to the next
     * continuation, which is how jumped columns read.
     */
    List<Block> restoreReadingOrder(List<Block> body) {
        int n = body.size();
        int[] continuation = new int[n];
        boolean[] claimed = new boolean[n];
        java.util.Arrays.fill(continuation, -1);
        for (int i = 0; i < n; i++) {
            if (!body.get(i).dangling()) {
                continue;
            }
            int next = i + 1;
            boolean adjacent = next < n && body.get(next).kind() == Kind.PROSE && !claimed[next]
                    && !(body.get(i).text().length() <= MAX_HEADING
                            && !words.wordSpansSeam(body.get(i).text(), body.get(next).text())
                            && laterSeam(body, claimed, i) >= 0);
            int target = adjacent ? next : laterSeam(body, claimed, i);
            if (target >= 0) {
                continuation[i] = target;
                claimed[target] = true;
            }
        }
        List<Block> ordered = new ArrayList<>();
        boolean[] visited = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!visited[i] && !claimed[i]) {
                visit(i, body, continuation, claimed, visited, ordered, null);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!visited[i]) {
                ordered.add(body.get(i));
            }
        }
        return ordered;
    }

    private int laterSeam(List<Block> body, boolean[] claimed, int from) {
        String end = body.get(from).text();
        for (int j = from + 1; j < body.size(); j++) {
            Block b = body.get(j);
            if (!claimed[j] && b.kind() == Kind.PROSE && j != from + 1 && words.wordSpansSeam(end, b.text())) {
                return j;
            }
        }
        return -1;
    }

    private static void visit(int start, List<Block> body, int[] continuation, boolean[] claimed, boolean[] visited,
            List<Block> ordered, String carried) {
        String prefix = carried;
        for (int j = start; j < body.size() && (j == start || !claimed[j]) && !visited[j]; j++) {
            visited[j] = true;
            Block b = body.get(j);
            String text = prefix == null ? b.text() : prefix + b.text();
            prefix = null;
            if (continuation[j] >= 0 && !visited[continuation[j]]) {
                visit(continuation[j], body, continuation, claimed, visited, ordered, text);
            }
            else {
                ordered.add(new Block(text, b.kind()));
            }
        }
    }

    /**
     * A heading printed after the last paragraph belongs somewhere the layout no longer
     * shows.
     */
    private static void dropTrailingHeadings(List<Block> body, List<String> notes) {
        while (!body.isEmpty() && body.get(body.size() - 1).kind() == Kind.HEADING) {
            notes.add(0, "heading after the last paragraph, place it by hand: " + body.remove(body.size() - 1).text());
        }
    }

    private static Cleaned assemble(List<Block> body, List<String> captions, List<String> credits, List<String> notes) {
        String title = "";
        String section = "";
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (b.kind() == Kind.HEADING) {
                if (title.isEmpty() && paragraphs.isEmpty() && b.text().length() >= 8) {
                    title = b.text();
                }
                else if (!paragraphs.isEmpty() || !title.isEmpty()) {
                    if (!section.isEmpty() && !lastSectionHasParagraph(paragraphs, section)) {
                        notes.add("heading with no paragraph under it (layout?): " + section);
                    }
                    section = b.text();
                }
                continue;
            }
            if (seen.merge(b.text(), 1, Integer::sum) > 1) {
                notes.add("repeated paragraph dropped: " + b.text());
                continue;
            }
            if (b.dangling()) {
                notes.add("paragraph ends mid-sentence: p" + (paragraphs.size() + 1));
            }
            paragraphs.add(new Paragraph(String.format("p%02d", paragraphs.size() + 1), section, b.text()));
        }
        return new Cleaned(title, paragraphs, captions, credits, notes);
    }

    private static boolean lastSectionHasParagraph(List<Paragraph> paragraphs, String section) {
        return !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).section().equals(section);
    }

}
