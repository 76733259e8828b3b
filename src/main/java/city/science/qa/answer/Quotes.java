package city.science.qa.answer;

import city.science.qa.corpus.Sentences;
import city.science.qa.search.QueryTerms;
import city.science.qa.search.SearchHit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds the sentence of a passage that best supports a text: the quote staff see
 * highlighted.
 */
@Component
public class Quotes {

    private final QueryTerms queryTerms;

    public Quotes(QueryTerms queryTerms) {
        this.queryTerms = queryTerms;
    }

    /**
     * The Chinese sentence of the passage (judged with its aligned English too) sharing
     * most with the text.
     */
    public String best(SearchHit hit, String text) {
        Sentences.Aligned sentences = Sentences.aligned(hit.text(), hit.translation());
        List<String> zh = sentences.chinese();
        Set<String> terms = queryTerms.of(text);
        String best = zh.isEmpty() ? hit.text() : zh.get(0);
        double bestScore = -1;
        for (int i = 0; i < zh.size(); i++) {
            double score = overlap(terms, zh.get(i) + sentences.englishAt(i).map(en -> " " + en).orElse(""));
            if (score > bestScore) {
                bestScore = score;
                best = zh.get(i);
            }
        }
        return best;
    }

    /**
     * The weighted share of the terms that the text contains (single characters count
     * less).
     */
    public double overlap(Set<String> terms, String text) {
        if (terms.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>(queryTerms.of(text));
        double hit = 0;
        double all = 0;
        for (String t : terms) {
            double weight = t.length() >= 2 ? 1.0 : 0.3;
            all += weight;
            if (present.contains(t)) {
                hit += weight;
            }
        }
        return hit / all;
    }

}
