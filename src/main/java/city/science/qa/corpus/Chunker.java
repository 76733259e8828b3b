package city.science.qa.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages. A passage is a paragraph, or part of one: a paragraph
 * longer than {@code maxChars} is cut at sentence ends into pieces of similar length, and
 * a paragraph shorter than {@code minChars} is joined to the next one of its section,
 * because alone it rarely says enough to be retrieved or cited. The English translation
 * is cut at the same sentences, so the two texts of a passage say the same thing.
 */
public final class Chunker {

    private final int maxChars;

    private final int minChars;

    public Chunker(int maxChars, int minChars) {
        this.maxChars = maxChars;
        this.minChars = minChars;
    }

    /** Changes when the passages it cuts would change. */
    public String settings() {
        return maxChars + "-" + minChars;
    }

    public List<PassageDraft> chunk(Article article) {
        List<PassageDraft> out = new ArrayList<>();
        List<Piece> pending = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            List<Piece> pieces = split(p, article.translationOf(p.id()).orElse(null));
            for (Piece piece : pieces) {
                if (!pending.isEmpty() && !pending.get(0).section().equals(piece.section())) {
                    flush(article, pending, out);
                }
                pending.add(piece);
                if (length(pending) >= minChars) {
                    flush(article, pending, out);
                }
            }
        }
        flush(article, pending, out);
        return out;
    }

    private record Piece(String paragraphId, String section, String zh, String en) {
    }

    private List<Piece> split(Paragraph p, String english) {
        if (p.text().length() <= maxChars) {
            return List.of(new Piece(p.id(), p.section(), p.text(), english));
        }
        Sentences.Aligned sentences = Sentences.aligned(p.text(), english);
        List<String> zh = sentences.chinese();
        List<String> en = sentences.english();
        boolean aligned = sentences.isAligned();
        int parts = (p.text().length() + maxChars - 1) / maxChars;
        int target = p.text().length() / parts;
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        int size = 0;
        int pieceStart = 0;
        int cursor = 0;
        for (int i = 0; i < zh.size(); i++) {
            // Cut the original text at the sentence's end, so whatever stood between
            // sentences stays.
            int at = p.text().indexOf(zh.get(i), cursor);
            cursor = at < 0 ? cursor : at + zh.get(i).length();
            size += zh.get(i).length();
            boolean last = i == zh.size() - 1;
            if (last || size >= target && size + zh.get(i + 1).length() > target) {
                int end = last ? p.text().length() : cursor;
                String enText = aligned ? String.join(" ", en.subList(from, i + 1)) : (from == 0 ? english : null);
                pieces.add(new Piece(p.id(), p.section(), p.text().substring(pieceStart, end), enText));
                pieceStart = end;
                from = i + 1;
                size = 0;
            }
        }
        return pieces;
    }

    private static int length(List<Piece> pieces) {
        return pieces.stream().mapToInt(x -> x.zh().length()).sum();
    }

    private static void flush(Article article, List<Piece> pending, List<PassageDraft> out) {
        if (pending.isEmpty()) {
            return;
        }
        String zh = String.join("", pending.stream().map(Piece::zh).toList());
        boolean allEnglish = pending.stream().allMatch(x -> x.en() != null);
        String en = allEnglish ? String.join(" ", pending.stream().map(Piece::en).toList()) : null;
        List<String> ids = pending.stream().map(Piece::paragraphId).distinct().toList();
        out.add(new PassageDraft(article.id(), out.size(), ids, pending.get(0).section(), zh, en));
        pending.clear();
    }

}
