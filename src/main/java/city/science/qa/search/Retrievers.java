package city.science.qa.search;

import city.science.qa.index.Embeddings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every retriever the service has, by name. Which of them a language fuses is
 * configuration ({@code scqa.search.fuse-*}); {@code make eval} measures each alone and
 * fused.
 */
@Component
public class Retrievers {

    private final Map<RetrieverName, Retriever> byName = new EnumMap<>(RetrieverName.class);

    public Retrievers(DenseRetriever dense, KeywordRetriever keywords, QueryFactory queries, Embeddings embeddings) {
        add(RetrieverName.DENSE_ZH_SENTENCE, (q, n) -> dense.chineseSentences(q.vectors().chinese(), n));
        add(RetrieverName.DENSE_EN, (q, n) -> dense.english(q.vectors().english(), n));
        add(RetrieverName.DENSE_EN_SENTENCE, (q, n) -> dense.englishSentences(q.vectors().english(), n));
        add(RetrieverName.KEYWORD_ZH, (q, n) -> keywords.chinese(queries.chineseKeywords(q), n));
        add(RetrieverName.KEYWORD_EN, (q, n) -> keywords.english(queries.englishKeywords(q), n));
        // English question → glossary names, figure tokens and the dictionary's Chinese
        // for its words → the passages' Chinese. Every passage has Chinese, so both rank
        // every passage, translated or not: a list over the untranslated ones alone
        // would give its first place the credit of first place over the whole corpus,
        // and outvote the English retrievers whenever some articles are not yet
        // translated. With every passage translated they add nothing the English
        // retrievers lack (and cost an embedding), unless the question quotes the
        // articles' Chinese.
        add(RetrieverName.CROSS_ZH, (q, n) -> !q.quotesChinese() && keywords.untranslatedPassages() == 0 ? List.of()
                : keywords.chineseByGroups(queries.chineseKeywordGroups(q), n));
        add(RetrieverName.CROSS_ZH_DENSE, (q, n) -> {
            String chinese = q.language() == Language.EN && keywords.untranslatedPassages() > 0
                    ? keywords.wordForWordChinese(q) : "";
            // Without bge's query instruction: the text is a row of words,
            // not a question, and v1.5 needs none. The same on dev (seed
            // articles' English recall@5 0.94 with 24 articles added; the
            // added dev articles' gold fact 0.71), and a shorter text to
            // embed: 10.1 -> 7.8 ms per search.
            return chinese.isBlank() ? List.of() : dense.chineseSentences(embeddings.chinese(chinese), n);
        });
    }

    private void add(RetrieverName name, java.util.function.BiFunction<Query, Integer, List<String>> rank) {
        byName.put(name, Retriever.of(name.label(), rank));
    }

    public Retriever named(RetrieverName name) {
        return byName.get(name);
    }

    public List<Retriever> all() {
        return List.copyOf(byName.values());
    }

}
