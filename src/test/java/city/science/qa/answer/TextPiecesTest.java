package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPiecesTest {

    @Test
    void piecesJoinBackToTheAnswerAndNeverSplitAMarker() {
        String answer = "与之毗邻的西部(重庆)科学城，则集聚了702家高新技术企业。[1]It grew 6.8% [2], a[b] rise.[10]";
        assertThat(String.join("", TextPieces.of(answer))).isEqualTo(answer);
        assertThat(TextPieces.of(answer)).contains("[1]")
            .noneMatch(p -> p.matches("(?s).*\\[\\d+$") || p.matches("(?s)^\\d+].*"));
    }

}
