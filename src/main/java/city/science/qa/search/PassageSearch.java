package city.science.qa.search;

import city.science.qa.index.Embeddings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The search the API and the answerers use: dense retrieval over sentence vectors and keyword
 * retrieval over segmented words, fused by reciprocal rank.
 */
@Service
public class PassageSearch {

  private static final int RRF_K = 60;

  private final Embeddings embeddings;
  private final DenseRetriever dense;
  private final KeywordRetriever keywords;
  private final QueryTerms queryTerms;
  private final PassageReader reader;
  private final SearchProperties properties;
  private final RankFusion fusion = new RankFusion(RRF_K);

  public PassageSearch(Embeddings embeddings, DenseRetriever dense, KeywordRetriever keywords,
      QueryTerms queryTerms, PassageReader reader, SearchProperties properties) {
    this.embeddings = embeddings;
    this.dense = dense;
    this.keywords = keywords;
    this.queryTerms = queryTerms;
    this.reader = reader;
    this.properties = properties;
  }

  /** How many passages an answer is chosen from. */
  public int answerPassages() {
    return properties.defaultK();
  }

  public List<SearchHit> search(String question, int k) {
    int limit = Math.max(1, Math.min(k, properties.maxK()));
    int candidates = Math.max(limit, properties.candidates());
    float[] vector = embeddings.chinese(properties.chineseQueryPrefix() + question);
    // Sentence-level vectors, not passage-level: a passage is ranked by its sentence closest to the
    // question, so a paragraph that also talks of something else is still found.
    Map<String, Double> fused = fusion.fuse(List.of(
        dense.chineseSentences(vector, candidates),
        keywords.chinese(queryTerms.of(question), candidates)));
    return reader.hits(top(fused, limit), vector);
  }

  private static Map<String, Double> top(Map<String, Double> ranked, int limit) {
    Map<String, Double> out = new LinkedHashMap<>();
    ranked.entrySet().stream().limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
