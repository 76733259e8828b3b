package city.science.qa.search;

import city.science.qa.corpus.ChineseWords;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The words of a question that carry its meaning: segmented, lower-cased, without
 * question words.
 */
@Component
public class QueryTerms {

    private static final Set<String> FILLER = Set.of("的", "了", "是", "在", "有", "和", "与", "及", "吗", "呢", "啊", "吧", "什么",
            "多少", "哪些", "哪个", "哪", "如何", "怎么", "怎样", "几", "个", "请问", "一下", "介绍", "一", "这", "那", "它", "我", "你", "们", "都",
            "被", "把", "为", "对", "从", "到", "也", "还", "又", "就", "会", "能", "要", "该", "其", "the", "a", "an", "of", "in",
            "is", "are", "was", "were", "what", "how", "which", "who", "whom", "did", "does", "do", "to", "for", "and",
            "or", "on", "by", "at", "it", "its", "has", "have", "had", "many", "much", "be", "been", "this", "that",
            "these", "those", "with", "from", "as", "about", "there", "can", "could", "will", "would", "tell", "me",
            "please", "i", "you", "we", "they", "when", "where", "why",
            // Words of asking and comparing, not of what is asked about.
            "怎么样", "相比", "比较", "对比", "变化", "这几年", "这两年", "情况", "呀", "嘛", "那边", "那块", "那个", "数量", "时候", "哪儿", "哪里", "多久",
            "个数", "前后", "变", "比起", "track",
            // Words of asking a name: 「那条隧道叫什么名字」 asks the name the article gives.
            "叫", "叫做", "名字", "名称",
            // The modal particles (语气词), a closed class: spoken questions end in them
            // (「要好久哦」), and no article states one.
            "哦", "喔", "噢", "啦", "咯", "哟", "呗", "嘞", "咧", "哈", "噻", "哇", "嗯");

    private final ChineseWords words;

    public QueryTerms(ChineseWords words) {
        this.words = words;
    }

    /** Whether a word only asks (什么, "how") rather than says what is asked about. */
    public boolean isQuestionWord(String word) {
        return FILLER.contains(word);
    }

    public Set<String> of(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : words.tokens(question.toLowerCase(Locale.ROOT))) {
            if (!FILLER.contains(t) && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(t);
            }
        }
        return out;
    }

}
