package city.science.qa.search;

import city.science.qa.translation.ChineseEnglishDictionary;
import city.science.qa.translation.Pinyin;
import city.science.qa.translation.QueryTranslation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Chinese names an English question writes in pinyin ("the Tuanjiehu park", "the
 * Bishan–Tongliang line", "Shuangfu"), read back as the articles write them (团结湖, 璧山, 铜梁,
 * 双福). English reports spell most place and project names this way, and neither the
 * dictionary (it has no sense for them) nor the glossary (it has only the names someone
 * listed) knows the names of an article added today. A capitalized word the dictionary
 * does not translate is matched against the pinyin of the articles' own text: only a run
 * of two to six characters that the articles write, whose readings spell the word
 * exactly, is taken, so the articles decide what a spelling means.
 */
@Component
public class RomanizedNames {

    private static final Pattern CAPITALIZED = Pattern.compile("(?<![A-Za-z])[A-Z][a-z]{3,}(?![A-Za-z])");

    private static final int MIN_CHARS = 2;

    private static final int MAX_CHARS = 6;

    /** The most spellings a word is read as: the ones the articles write most. */
    private static final int MOST = 2;

    private final KeywordRetriever keywords;

    private final ChineseEnglishDictionary dictionary;

    /**
     * Each word's reading in the articles as they stand: a question is turned into
     * queries several times (its phrasings, a follow-up), and the articles change only at
     * an ingest.
     */
    private record Read(String articles, Map<String, List<String>> byWord) {
    }

    private volatile Read read = new Read("", new ConcurrentHashMap<>());

    public RomanizedNames(KeywordRetriever keywords, ChineseEnglishDictionary dictionary) {
        this.keywords = keywords;
        this.dictionary = dictionary;
    }

    /** Each pinyin name of the question with the Chinese the articles write for it. */
    public List<QueryTranslation.Term> in(String english) {
        List<QueryTranslation.Term> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = CAPITALIZED.matcher(english);
        while (m.find()) {
            String word = m.group();
            String spelled = word.toLowerCase(Locale.ROOT);
            // An English word ("Science", "Park") is the dictionary's, not a name.
            if (!seen.add(spelled) || !dictionary.chineseFor(spelled).isEmpty()) {
                continue;
            }
            List<String> chinese = writtenNow(spelled);
            if (!chinese.isEmpty()) {
                out.add(new QueryTranslation.Term(spelled, chinese));
            }
        }
        return out;
    }

    private List<String> writtenNow(String spelled) {
        String articles = keywords.corpusChinese();
        Read now = read;
        // The same text object until an ingest changes the index.
        if (now.articles() != articles) {
            now = new Read(articles, new ConcurrentHashMap<>());
            read = now;
        }
        return now.byWord().computeIfAbsent(spelled, w -> written(w, articles));
    }

    /** The runs of the text whose pinyin spells the word, the most frequent first. */
    List<String> written(String spelled, String text) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (startsSpelling(text.charAt(i), spelled)) {
                match(text, i, i, spelled, 0, found);
            }
        }
        return found.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(MOST)
            .map(Map.Entry::getKey)
            .toList();
    }

    private boolean startsSpelling(char c, String spelled) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && Pinyin.readingsOf(c).stream().anyMatch(spelled::startsWith);
    }

    private void match(String text, int start, int at, String spelled, int offset, Map<String, Integer> found) {
        if (at >= text.length() || at - start >= MAX_CHARS
                || Character.UnicodeScript.of(text.charAt(at)) != Character.UnicodeScript.HAN) {
            return;
        }
        for (String reading : Pinyin.readingsOf(text.charAt(at))) {
            if (!spelled.startsWith(reading, offset)) {
                continue;
            }
            int next = offset + reading.length();
            if (next == spelled.length()) {
                if (at + 1 - start >= MIN_CHARS) {
                    found.merge(text.substring(start, at + 1), 1, Integer::sum);
                }
            }
            else {
                match(text, start, at + 1, spelled, next, found);
            }
        }
    }

}
