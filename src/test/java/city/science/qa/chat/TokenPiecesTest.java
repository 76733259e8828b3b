package city.science.qa.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenPiecesTest {

  @Test
  void piecesJoinBackToTheAnswerAndNeverSplitAMarker() {
    String answer = "与之毗邻的西部(重庆)科学城，则集聚了702家高新技术企业。[1]It grew 6.8% [2], a[b] rise.[10]";
    assertThat(String.join("", QaController.pieces(answer))).isEqualTo(answer);
    assertThat(QaController.pieces(answer)).contains("[1]")
        .noneMatch(p -> p.matches("(?s).*\\[\\d+$") || p.matches("(?s)^\\d+].*"));
  }
}
