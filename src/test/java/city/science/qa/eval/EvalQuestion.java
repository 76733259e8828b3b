package city.science.qa.eval;

import city.science.qa.search.Language;
import java.util.List;

/**
 * One question of the evaluation set.
 *
 * @param gold substrings of the Chinese source that mark a passage as the right one;
 * empty when the corpus cannot answer
 * @param facts an answer is right when it contains any of these
 */
public record EvalQuestion(Language lang, String q, List<String> gold, List<String> facts) {

    public boolean answerable() {
        return !gold.isEmpty();
    }

    public boolean isGold(String passageText) {
        return gold.stream().anyMatch(passageText::contains);
    }
}
