package city.science.qa.search;

import java.util.Locale;

/**
 * The retrievers the service can fuse; configuration names them
 * ({@code scqa.search.fuse-*}).
 */
public enum RetrieverName {

    /**
     * Chinese sentence vectors: a passage ranks by its sentence closest to the question.
     */
    DENSE_ZH_SENTENCE,

    /** English passage vectors. */
    DENSE_EN,

    /** English sentence vectors of the aligned translations. */
    DENSE_EN_SENTENCE,

    /** Smartcn-segmented Chinese words, BM25 idf. */
    KEYWORD_ZH,

    /** English stems of the translations, with a bonus for adjacent words. */
    KEYWORD_EN,

    /**
     * An English question's glossary names and figures against untranslated Chinese
     * passages.
     */
    CROSS_ZH,

    /**
     * An English question put word for word into Chinese (glossary names, the dictionary
     * words the articles use) against the Chinese sentence vectors of untranslated
     * passages.
     */
    CROSS_ZH_DENSE;

    /**
     * Whether it embeds a text of its own rather than the question (an English question's
     * word-for-word Chinese, with the Chinese model): that can run beside the question's
     * embedding, on another core.
     */
    public boolean embedsItsOwnQuery() {
        return this == CROSS_ZH_DENSE;
    }

    /**
     * The name in configuration, metrics and {@code make eval}:
     * {@code dense-zh-sentence}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
