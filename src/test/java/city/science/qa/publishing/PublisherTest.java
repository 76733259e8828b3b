package city.science.qa.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.science.qa.corpus.Paragraph;
import city.science.qa.web.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body staff edit, read into paragraphs and written back; what a paste must be. */
class PublisherTest {

    @Test
    void blankLinesSeparateParagraphsAndHeadingsOpenSections() {
        List<Paragraph> paragraphs = Publisher.paragraphs("""
                第一段，没有小标题。

                ## 产业
                第二段在产业下。

                第三段也在产业下，
                折成了两行。
                Line one of English
                and line two.
                """);

        assertThat(paragraphs).extracting(Paragraph::id).containsExactly("p01", "p02", "p03");
        assertThat(paragraphs).extracting(Paragraph::section).containsExactly("", "产业", "产业");
        assertThat(paragraphs.get(2).text()).isEqualTo("第三段也在产业下，折成了两行。Line one of English and line two.");
    }

    @Test
    void theBodyReadsBackAsTheSameParagraphs() {
        List<Paragraph> paragraphs = List.of(new Paragraph("p01", "", "导语。"), new Paragraph("p02", "产业", "正文一。"),
                new Paragraph("p03", "产业", "正文二。"), new Paragraph("p04", "人才", "正文三。"));

        assertThat(Publisher.paragraphs(Publisher.body(paragraphs))).isEqualTo(paragraphs);
    }

    @Test
    void headingsAloneAreNoParagraphs() {
        assertThat(Publisher.paragraphs("## 只有标题\n\n## 还是标题")).isEmpty();
    }

    @Test
    void textIsAcceptedAndBinaryDataIsNot() {
        assertThat(PastedText.check("text", "科学城\t新闻\r\n😀 第二行�")).isNotEmpty();
        assertThatThrownBy(() -> PastedText.check("text", "PK\u0003\u0004")).isInstanceOf(BadRequestException.class)
            .hasMessageContaining("binary data");
        assertThatThrownBy(() -> PastedText.check("text", "半个\uD83D代理对")).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> PastedText.check("text", "尾巴\uD83D")).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> PastedText.check("text", "\uFFFD".repeat(20) + "科学城")).hasMessageContaining("UTF-8");
    }

}
