package city.science.qa.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Chinese word segmentation through Lucene's smartcn (an HMM over a large dictionary):
 * used to mend sentences broken across newspaper columns and to tokenize text for keyword
 * search. The analyzer is thread-safe and loads its dictionary once, so one instance
 * serves everyone.
 */
public final class ChineseWords {

    private static final Pattern NUMBER_END = Pattern.compile("(?s).*[0-9０-９.万千百十亿]$");

    private static final Pattern UNIT_START = Pattern.compile("(?s)^[亿万千百元个家项人名所%％].*");

    private final Analyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    /** A word and where it stands in the analysed text. */
    public record Word(String text, int start, int end) {
    }

    public List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<String> tokens(String text) {
        return words(text).stream().map(Word::text).toList();
    }

    /**
     * Whether joining {@code left} and {@code right} makes a word across the seam, e.g.
     * 打|造 or 高|地: the sign that two fragments were one sentence before the page layout
     * split them.
     */
    public boolean wordSpansSeam(String left, String right) {
        if (NUMBER_END.matcher(left).matches() && UNIT_START.matcher(right).matches()) {
            return true;
        }
        String l = tail(left, 4);
        String r = right.substring(0, Math.min(4, right.length()));
        int seam = l.length();
        return words(l + r).stream().anyMatch(w -> w.start() < seam && w.end() > seam);
    }

    private static String tail(String s, int n) {
        return s.substring(Math.max(0, s.length() - n));
    }

}
