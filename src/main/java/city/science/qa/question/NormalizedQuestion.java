package city.science.qa.question;

import city.science.qa.search.Language;
import java.util.List;
import java.util.Map;

/**
 * A question as the later stages read it.
 *
 * @param asked what the visitor typed
 * @param text in Simplified characters, half-width letters and digits, numerals as
 * digits, everyday function words replaced: what is searched, embedded and analysed
 * @param alternatives for each everyday word of the question, the corpus's words for it
 * (searched beside it, and enough to cover it)
 * @param quotedChinese the Chinese an English question quotes ("How large will the 主导产业集群
 * be?"), in Simplified script and as typed otherwise: a name in it stays part of the term
 * the articles write, where {@code text} has put the name in English
 */
public record NormalizedQuestion(String asked, String text, Language language, Map<String, List<String>> alternatives,
        List<String> quotedChinese) {

    public NormalizedQuestion {
        alternatives = Map.copyOf(alternatives);
        quotedChinese = List.copyOf(quotedChinese);
    }

    /** The same question with more of the corpus's words for its words. */
    public NormalizedQuestion withAlternatives(Map<String, List<String>> more) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(more);
        all.putAll(alternatives);
        return new NormalizedQuestion(asked, text, language, all, quotedChinese);
    }

    /**
     * A question taken as typed: no normalization (the behaviour before it existed, for
     * comparison).
     */
    public static NormalizedQuestion asTyped(String asked) {
        return new NormalizedQuestion(asked, asked, Language.of(asked), Map.of(), List.of());
    }

}
