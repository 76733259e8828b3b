package city.science.qa.search;

import city.science.qa.translation.QueryTranslation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question made ready for every retriever: its language, its words, the glossary's
 * translation of its names, its figures as index tokens, and its embeddings (computed
 * once, only when needed).
 *
 * @param terms segmented words without question words
 * @param crossTerms the glossary names it contains, in the other language
 * @param figureTokens its figures, normalized ({@code fign702}, {@code figp40})
 * @param alternatives for each everyday word of the question, the corpus's words for it
 * @param translated an English question's words with their dictionary Chinese (empty for
 * a Chinese question)
 * @param names an English question's glossary names as typed, with the glossary's Chinese
 * for each (empty for a Chinese question)
 */
public record Query(String text, Language language, Set<String> terms, List<String> crossTerms,
        List<String> figureTokens, Map<String, List<String>> alternatives, List<QueryTranslation.Term> translated,
        List<QueryTranslation.Term> names, Vectors vectors) {

    /**
     * An English question that quotes the articles' Chinese ("How many 职业院校 formed the
     * 职教集团?"): searched in every passage's Chinese, and measured by the Chinese model
     * too.
     */
    public boolean quotesChinese() {
        return language == Language.EN && Language.hasHan(text);
    }

    /** Lazily computed query embeddings. */
    public interface Vectors {

        float[] chinese();

        float[] english();

    }
}
