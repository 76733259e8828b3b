package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pasted page's source and date lines, in the shapes news sites print them. */
class DatelineTest {

    private final ArticleImporter importer = new ArticleImporter(new RawArticleCleaner(new ChineseWords()));

    private static final String BODY = "2024年12月31日，科学城方面通报，会堂投入使用以来已经办过15场活动。\n\n"
            + "会堂位于科学大道和高新大道的交会处，是科学城第一座大型会展建筑。\n";

    @Test
    void aSourceLineWithADateGivesBoth() {
        Dateline d = Dateline.read("科学会堂开门两个月\n\n来源：据公开报道改写（评测材料）  2024-12-31\n\n" + BODY);
        assertThat(d.source()).isEqualTo("据公开报道改写（评测材料）");
        assertThat(d.published()).isEqualTo("2024-12-31");
    }

    @Test
    void aMonthAloneIsAsPreciseAsTheDateGoes() {
        assertThat(Dateline.read("标题\n\n来源：重庆日报  2024-10\n\n" + BODY).published()).isEqualTo("2024-10");
    }

    @Test
    void sourceAndPublishingTimeOnOneLineInChineseWithATimeOfDay() {
        Dateline d = Dateline.read("标题\n来源：重庆日报　发布时间：2024年1月8日 10:20\n" + BODY);
        assertThat(d.source()).isEqualTo("重庆日报");
        assertThat(d.published()).isEqualTo("2024-01-08");
    }

    @Test
    void englishSourceAndPublishedLines() {
        Dateline d = Dateline.read("Title\nSource: Chongqing Daily\nPublished: 2023/9/5\n\n" + BODY);
        assertThat(d.source()).isEqualTo("Chongqing Daily");
        assertThat(d.published()).isEqualTo("2023-09-05");
    }

    @Test
    void aDateLineAloneGivesNoSource() {
        Dateline d = Dateline.read("标题\n\n日期：2022-05-16\n\n" + BODY);
        assertThat(d.source()).isEmpty();
        assertThat(d.published()).isEqualTo("2022-05-16");
    }

    @Test
    void aDataSourceCreditAndProseAreNotHeaderLines() {
        assertThat(Dateline.read("标题\n\n数据来源：西部(重庆)科学城管委会\n\n" + BODY)).isEqualTo(Dateline.NONE);
        assertThat(Dateline.read(BODY)).isEqualTo(Dateline.NONE);
    }

    @Test
    void theImporterTakesSourceAndDateFromThePageAndKeepsTheLineOutOfTextAndCredits() {
        String raw = "科学会堂开门两个月办会15场\n\n来源：据公开报道改写（评测材料）  2024-12-31\n\n" + BODY;
        String file = importer.importArticle(
                new ArticleImporter.Request("hall", raw, Optional.empty(), Optional.empty(), Optional.empty()));
        ArticleMetadata meta = ArticleFormat.metadata(ArticleFormat.parse(file));
        assertThat(meta.published()).isEqualTo("2024-12-31");
        assertThat(meta.source()).isEqualTo("据公开报道改写（评测材料）");
        assertThat(meta.credits()).noneMatch(c -> c.contains("来源"));
        assertThat(ArticleFormat.parse(file).paragraphs()).extracting(Paragraph::text)
            .noneMatch(t -> t.contains("来源") || t.contains("2024-12-31"));
        assertThat(meta.titleZh()).isEqualTo("科学会堂开门两个月办会15场");
    }

    @Test
    void whatStaffGiveOnTheCommandLineWins() {
        String raw = "标题\n\n来源：重庆日报  2024-10-28\n\n" + BODY;
        ArticleMetadata meta = ArticleFormat.metadata(ArticleFormat.parse(importer.importArticle(
                new ArticleImporter.Request("x", raw, Optional.empty(), Optional.of("2024-11"), Optional.of("华龙网")))));
        assertThat(meta.published()).isEqualTo("2024-11");
        assertThat(meta.source()).isEqualTo("华龙网");
    }

}
