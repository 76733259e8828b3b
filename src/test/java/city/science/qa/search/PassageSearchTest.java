package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.index.Ingestor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Search over the real corpus in a real pgvector index. */
class PassageSearchTest extends DatabaseTest {

  @Autowired
  PassageSearch search;

  @Autowired
  Ingestor ingestor;

  @BeforeEach
  void indexed() {
    ingestor.ingest();
  }

  @Test
  void findsTheHighTechEnterprisePassage() {
    List<SearchHit> hits = search.search("西部科学城集聚了多少家高新技术企业？", 5);
    assertThat(hits.get(0).text()).contains("702家高新技术企业");
    assertThat(hits.get(0).articleId()).isEqualTo("two-cities-fusion-2026");
    assertThat(hits.get(0).published()).isEqualTo("2026");
  }

  @Test
  void ranksByFusedScore() {
    List<SearchHit> hits = search.search("光大人工智能产业基地投资约多少？", 5);
    assertThat(hits).hasSize(5);
    assertThat(hits.get(0).text()).contains("投资约200亿元");
    assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }
}
