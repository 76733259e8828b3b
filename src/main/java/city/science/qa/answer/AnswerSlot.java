package city.science.qa.answer;

import city.science.qa.question.Asked;
import city.science.qa.question.QuestionAnalysis;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an answer would stand in a sentence ({@link SentenceFeatures.Slot}): the signals
 * a reader checks around a figure or a date, whatever the article. A long report sentence
 * holds many figures; the one that answers has the question's words beside it.
 */
final class AnswerSlot {

    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private static final Pattern ASK = Pattern.compile("(?:多少|好多|几)([^\\s？?！!。，,的呢嘛哦啊呀吗了])");

    private static final Pattern WHEN = Pattern.compile("\\d{1,2}\\s*月|(?<!\\d)(?:19|20)\\d\\d\\s*年");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    // How far from a figure the words that say what it counts stand: a few Chinese
    // characters, or a few English words.
    private static final int CHINESE_WINDOW = 10;

    private static final int ENGLISH_WINDOW = 40;

    private AnswerSlot() {
    }

    /**
     * The slot signals of one sentence.
     * @param chinese the sentence
     * @param english its translation, when the question is read against it
     * @param words the question's words as the text to search holds them: Chinese words
     * (or each English word's dictionary Chinese) for {@code chinese}, English words for
     * {@code english}
     */
    static SentenceFeatures.Slot of(String question, QuestionAnalysis analysis, String chinese,
            java.util.Optional<String> english, List<? extends Collection<String>> words) {
        return new SentenceFeatures.Slot(measured(question, chinese),
                analysis.asked() == Asked.DATE && WHEN.matcher(chinese).find(), YEAR.matcher(chinese).find(),
                english.map(e -> localOverlap(e.toLowerCase(Locale.ROOT), words, ENGLISH_WINDOW))
                    .orElseGet(() -> localOverlap(chinese, words, CHINESE_WINDOW)));
    }

    /** The measure word after a Chinese question word (多少亩) follows a figure (216亩). */
    static boolean measured(String question, String sentence) {
        Matcher ask = ASK.matcher(question);
        while (ask.find()) {
            String measure = ask.group(1);
            Matcher figure = FIGURE.matcher(sentence);
            while (figure.find()) {
                int end = Math.min(sentence.length(), figure.end() + 2);
                if (sentence.substring(figure.end(), end).contains(measure)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The largest share of the question's words (each a set of forms) found within
     * {@code window} characters of one figure of the text.
     */
    static double localOverlap(String text, List<? extends Collection<String>> words, int window) {
        if (words.isEmpty()) {
            return 0;
        }
        double best = 0;
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            String around = text.substring(Math.max(0, figure.start() - window),
                    Math.min(text.length(), figure.end() + window));
            long found = words.stream().filter(forms -> forms.stream().anyMatch(around::contains)).count();
            best = Math.max(best, (double) found / words.size());
        }
        return best;
    }

}
