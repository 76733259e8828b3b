package city.science.qa.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The search the API and the answerers use: the retrievers configured for the question's language,
 * fused by reciprocal rank.
 */
@Service
public class PassageSearch {

  private static final int RRF_K = 60;

  private final QueryFactory queries;
  private final Retrievers retrievers;
  private final PassageReader reader;
  private final SearchProperties properties;
  private final RankFusion fusion = new RankFusion(RRF_K);
  private final MeterRegistry meters;

  public PassageSearch(QueryFactory queries, Retrievers retrievers, PassageReader reader,
      SearchProperties properties, MeterRegistry meters) {
    this.meters = meters;
    this.queries = queries;
    this.retrievers = retrievers;
    this.reader = reader;
    this.properties = properties;
  }

  /** How many passages an answer is chosen from. */
  public int answerPassages() {
    return properties.defaultK();
  }

  public List<SearchHit> search(String question, int k) {
    return search(queries.of(question), k);
  }

  public List<SearchHit> search(Query query, int k) {
    int limit = Math.max(1, Math.min(k, properties.maxK()));
    Map<String, Double> ranked = rank(query);
    return stage("read").record(() -> reader.hits(top(ranked, limit), query));
  }

  /** Fused scores of the candidate passages, best first. */
  public Map<String, Double> rank(Query query) {
    stage("embed").record(() -> embed(query));
    int candidates = properties.candidates();
    List<String> names = query.language() == Language.EN ? properties.fuseEnglish() : properties.fuseChinese();
    List<List<String>> rankings = new java.util.ArrayList<>();
    List<Double> weights = new java.util.ArrayList<>();
    for (String entry : names) {
      // "name" or "name:weight"
      String[] parts = entry.split(":", 2);
      Retriever retriever = retrievers.named(parts[0].strip());
      rankings.add(stage(retriever.name()).record(() -> retriever.rank(query, candidates)));
      weights.add(parts.length == 2 ? Double.parseDouble(parts[1]) : 1.0);
    }
    return stage("fuse").record(() -> fusion.fuse(rankings, weights));
  }

  // The question's vector up front, so the embedding time is its own stage rather than hidden in
  // a retriever. An English question needs the Chinese one only for passages not yet translated.
  private static void embed(Query query) {
    if (query.language() == Language.EN) {
      query.vectors().english();
    } else {
      query.vectors().chinese();
    }
  }

  private Timer stage(String name) {
    return Timer.builder("scqa.search.stage").tag("stage", name)
        .description("Time spent in one stage of the search pipeline").register(meters);
  }

  private static Map<String, Double> top(Map<String, Double> ranked, int limit) {
    Map<String, Double> out = new LinkedHashMap<>();
    ranked.entrySet().stream().limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
