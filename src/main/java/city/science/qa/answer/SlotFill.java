package city.science.qa.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence fills the slot a Chinese question leaves for its answer: the words
 * just before the question word (多少, 几, 好多, 多大…) stand in the sentence followed by a
 * figure, and the measure word after the question word, if there is one, follows that
 * figure. 「研发投入强度达到多少」 is filled by 「研发投入强度达到5.5%」, 「签约项目多少个」 by 「签约项目45个」. This is how a
 * reader finds an answer in a sentence, whatever the article: it needs no list of
 * phrasings, only the question's own words.
 *
 * <p>
 * It only ever overrules the evidence fit's "does not carry what is asked" (the asked
 * kind read too narrowly), never another year's, place's or event's figure: those are the
 * near misses a neighbouring fact must not answer.
 */
final class SlotFill {

    private static final Pattern ASK = Pattern.compile("多少|好多|几|多大|多长|多高|多远|多重|多宽|多深");

    // Four characters are about two words: a subject and what is counted of it. Two or
    // three ("增长", "达到") would let another figure of the same sentence fill the slot.
    private static final int MIN_CONTEXT = 4;

    private static final int MAX_CONTEXT = 12;

    private static final Pattern FIGURE = Pattern
        .compile("^[约近超逾达为了共计有]{0,2}([0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万]+)(.?)");

    // After the question word: particles and punctuation, not a measure word.
    private static final Pattern NO_MEASURE = Pattern.compile("^[\\s？?！!。，,的呢嘛哦啊呀吗了]|^$");

    private SlotFill() {
    }

    static boolean fills(String question, String sentence) {
        Matcher ask = ASK.matcher(question);
        while (ask.find()) {
            String left = clause(question.substring(0, ask.start()));
            String right = question.substring(ask.end());
            String measure = NO_MEASURE.matcher(right).find() ? "" : right.substring(0, 1);
            for (int length = Math.min(MAX_CONTEXT, left.length()); length >= MIN_CONTEXT; length--) {
                String context = left.substring(left.length() - length);
                int at = sentence.indexOf(context);
                if (at < 0) {
                    continue;
                }
                for (; at >= 0; at = sentence.indexOf(context, at + 1)) {
                    Matcher figure = FIGURE.matcher(sentence.substring(at + length));
                    if (figure.find()
                            && (measure.isEmpty() || measureWithin(sentence, at + length + figure.end(1), measure))) {
                        return true;
                    }
                }
                // The longest context the sentence holds decides: a shorter one is less
                // of the question.
                break;
            }
        }
        return false;
    }

    // The measure word right after the figure, or after its scale: 「47.9亿元」 for "多少元",
    // 「3万人」 for "多少人".
    private static boolean measureWithin(String sentence, int from, String measure) {
        int end = Math.min(sentence.length(), from + 2);
        return sentence.substring(from, end).contains(measure);
    }

    // The question's clause that holds the question word: after its last punctuation.
    private static String clause(String text) {
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            if ("，,。；;：:？?！! ".indexOf(text.charAt(i)) >= 0) {
                cut = i;
            }
        }
        return text.substring(cut + 1);
    }

}
