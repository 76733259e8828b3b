package city.science.qa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every retriever the service has, by name. Which of them a language fuses is configuration
 * ({@code scqa.search.fuse}); {@code make eval} measures each alone and fused.
 */
@Component
public class Retrievers {

  /** Plain dense search over passage vectors with the raw question: the baseline to beat. */
  public static final String BASELINE = "dense-zh-passage";

  private final Map<String, Retriever> byName;

  public Retrievers(DenseRetriever dense, KeywordRetriever keywords, QueryFactory queries) {
    List<Retriever> all = new ArrayList<>();
    all.add(Retriever.of(BASELINE, (q, n) -> dense.chinesePlain(q.text(), n)));
    all.add(Retriever.of("dense-zh-sentence", (q, n) -> dense.chineseSentences(q.vectors().chinese(), n)));
    all.add(Retriever.of("dense-en", (q, n) -> dense.english(q.vectors().english(), n)));
    all.add(Retriever.of("dense-en-sentence", (q, n) -> dense.englishSentences(q.vectors().english(), n)));
    all.add(Retriever.of("keyword-zh", (q, n) -> keywords.chinese(queries.chineseKeywords(q), n)));
    all.add(Retriever.of("keyword-en", (q, n) -> keywords.english(queries.englishKeywords(q), n)));
    // English question → glossary's Chinese names and figure tokens → passages not yet translated.
    all.add(Retriever.of("cross-zh", (q, n) -> keywords.chineseUntranslated(queries.chineseKeywords(q), n)));
    this.byName = all.stream().collect(Collectors.toMap(Retriever::name, Function.identity(),
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  public Retriever named(String name) {
    Retriever r = byName.get(name);
    if (r == null) {
      throw new IllegalArgumentException("no retriever " + name + "; there are " + byName.keySet());
    }
    return r;
  }

  public List<Retriever> all() {
    return List.copyOf(byName.values());
  }
}
