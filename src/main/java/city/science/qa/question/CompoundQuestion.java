package city.science.qa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A message that asks several questions at once, each ending in its question mark:
 * 「高新大道改扩建工程主线是哪天通车的？科学大道一期主线又是哪天开通的？」. Read as one question, its passages and its answer
 * serve whichever part retrieval favours and the other goes unanswered; each part is
 * searched and answered as if asked alone.
 */
public final class CompoundQuestion {

    /** Fewer letters than this is a tag, not a question: 「真的吗？」, "Really?". */
    private static final int MIN_LETTERS = 8;

    private static final int MAX_PARTS = 3;

    private static final Pattern AFTER_QUESTION_MARK = Pattern.compile("(?<=[？?])");

    private CompoundQuestion() {
    }

    /**
     * The questions a message asks, in order: one, the message itself, unless two to
     * three of its sentences are questions of their own.
     */
    public static List<String> parts(String message) {
        List<String> parts = new ArrayList<>();
        for (String piece : AFTER_QUESTION_MARK.split(message.strip())) {
            String part = piece.strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        boolean allAsk = parts.stream()
            .allMatch(p -> (p.endsWith("？") || p.endsWith("?")) && letters(p) >= MIN_LETTERS);
        return parts.size() >= 2 && parts.size() <= MAX_PARTS && allAsk ? List.copyOf(parts) : List.of(message);
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

}
