package city.science.qa.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The language a question is asked in, and so the language of its answer. */
public enum Language {

    ZH("zh"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** {@code zh} or {@code en}: on the wire, in the database and in the eval set. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The language of a code; anything but {@code en} (any case) is Chinese, the corpus's
     * own language.
     */
    public static Language ofCode(String code) {
        return EN.code.equalsIgnoreCase(code == null ? "" : code.strip()) ? EN : ZH;
    }

    /** Whether the text has any Han character (Chinese written in it). */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    // A name with a bracketed part (西部(重庆)科学城, 金凤软件园(虎溪园)) is one run: its
    // pieces alone (西部) are other words.
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+(?:[(（]\\p{IsHan}+[)）]\\p{IsHan}*)*");

    /**
     * The runs of Han characters in the text, in order (「主导产业集群」 of "the 主导产业集群 be").
     */
    public static List<String> chineseRuns(String text) {
        return HAN_RUN.matcher(text)
            .results()
            .map(MatchResult::group)
            .flatMap(r -> withoutAskingWords(r).stream())
            .toList();
    }

    // Chinese words of asking: they make a question Chinese, and typed into an English
    // one ("focus on (聚焦什么)?") they ask; they are none of the articles' words. A
    // measure word after 几 goes with it (连续几个季度 → 连续, 季度).
    private static final Pattern CHINESE_ASKING = Pattern
        .compile("什么|多少|几[个家所名位项条座栋辆次]?|哪[些个里儿]?|吗|呢|谁|怎么|怎样|如何|是否|啥|有没有|是不是|多大|多久|多长|多高|多远|多快");

    /** A run of Chinese less its words of asking: 聚焦 of 聚焦什么, 连续 and 季度 of 连续几个季度. */
    public static List<String> withoutAskingWords(String run) {
        return java.util.Arrays.stream(CHINESE_ASKING.split(run)).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Chinese when the Han characters outweigh the English words: a Chinese question
     * naming "AI" or asking 「有多少个university」 is still Chinese, an English one quoting
     * 软件企业 is still English.
     */
    public static Language of(String text) {
        int han = 0;
        int latinWords = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            boolean latin = cp < 0x250 && Character.isLetter(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            else if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            i += Character.charCount(cp);
        }
        // A Chinese word is about two characters; a question asked with Chinese words of
        // asking and not opened in English is Chinese however many English words it
        // holds (「2022年1-8月new signed projects有几个？」).
        boolean askedInChinese = han > 0 && CHINESE_ASKING.matcher(text).find()
                && !ENGLISH_ASKING.matcher(text).lookingAt();
        return han >= 2 * latinWords || askedInChinese ? ZH : EN;
    }

    private static final Pattern ENGLISH_ASKING = Pattern.compile(
            "(?i)[^A-Za-z\\p{IsHan}]*(?:(?:for|in|by|at|on|since|from|to|of|with|about|during|after|before|besides|under)\\s+)?(what|how|which|who|whom|whose|when|where|why|is|are|was|were|does|do|did|can|could|will|would|has|have|had|tell|list|give|show|and|so|but)\\b");

}
