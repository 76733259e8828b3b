package city.science.qa.search;

import com.pgvector.PGvector;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads found passages with their article, in the order the search ranked them. */
@Component
public class PassageReader {

  private final JdbcClient jdbc;

  public PassageReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The passages with these ids, ranked as given, each with its similarity to the question vector. */
  public List<SearchHit> hits(Map<String, Double> rankedScores, float[] questionVector) {
    if (rankedScores.isEmpty()) {
      return List.of();
    }
    Map<String, SearchHit> byId = jdbc.sql("""
            SELECT p.id, p.article_id, a.title_zh, a.title_en, a.published, a.source, p.section,
                   p.paragraph_ids, p.text_zh, p.text_en, 1 - (p.embedding_zh <=> :v) AS similarity
            FROM passage p JOIN article a ON a.id = p.article_id
            WHERE p.id = ANY(:ids)""")
        .param("v", new PGvector(questionVector))
        .param("ids", rankedScores.keySet().toArray(String[]::new))
        .query((rs, n) -> hit(rs))
        .list().stream()
        .collect(Collectors.toMap(SearchHit::passageId, Function.identity()));
    return rankedScores.entrySet().stream()
        .filter(e -> byId.containsKey(e.getKey()))
        .map(e -> byId.get(e.getKey()).withScore(e.getValue()))
        .toList();
  }

  private static SearchHit hit(ResultSet rs) throws SQLException {
    return new SearchHit(
        rs.getString("id"), rs.getString("article_id"), rs.getString("title_zh"), rs.getString("title_en"),
        rs.getString("published"), rs.getString("source"), rs.getString("section"),
        Arrays.asList((String[]) rs.getArray("paragraph_ids").getArray()),
        rs.getString("text_zh"), rs.getString("text_en"), 0, rs.getDouble("similarity"));
  }
}
