package city.science.qa.eval;

import city.science.qa.search.Language;
import java.util.List;
import java.util.Optional;

/**
 * One question of the evaluation set.
 *
 * @param kind what sort of question (plain, traditional, colloquial, near-place…)
 * @param split {@code dev} (tuned on) or {@code test} (reported)
 * @param after the question asked just before it in the same conversation, for a
 * follow-up
 * @param gold substrings of the Chinese source that mark a passage as the right one;
 * empty when the corpus cannot answer
 * @param facts an answer is right when it contains any of these (every one, when
 * {@code all})
 * @param all whether every fact must be in the answer (a figure over time)
 */
public record EvalQuestion(Language lang, String kind, String split, Optional<String> after, String q,
        List<String> gold, List<String> facts, boolean all) {

    public boolean answerable() {
        return !gold.isEmpty();
    }

    public boolean isGold(String passageText) {
        return gold.stream().anyMatch(passageText::contains);
    }

    public boolean test() {
        return "test".equals(split);
    }

}
