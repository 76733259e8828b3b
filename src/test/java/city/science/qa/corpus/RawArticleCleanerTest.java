package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cleaner's rules, on the real defects of the seed articles. */
class RawArticleCleanerTest {

    private static RawArticleCleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = new RawArticleCleaner(new ChineseWords());
    }

    static String seed(String prefix) throws IOException {
        String name = switch (prefix) {
            case "000" -> "000_9a941f31a0e07dd6.txt";
            case "001" -> "001_69d5d956d7140b3b.txt";
            case "002" -> "002_fbbd073905dde20e.txt";
            case "003" -> "003_4a3830f0a0477acc.txt";
            default -> "004_a2919b0ebf06fceb.txt";
        };
        try (InputStream in = RawArticleCleanerTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> texts(RawArticleCleaner.Cleaned cleaned) {
        return cleaned.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void joinsLinesBrokenByNarrowColumns() throws IOException {
        List<String> paragraphs = texts(cleaner.clean(seed("003")));
        assertThat(paragraphs)
            .contains("在成渝地区双城经济圈加快建设的背景下，我市正举全市之力、集全市之智，高标准高起点建设西部(重庆)科学城，" + "打造具有全国影响力的科技创新中心核心区。");
        assertThat(paragraphs).noneMatch(p -> p.contains("\n"));
    }

    @Test
    void joinsSentencesSplitAcrossABlankLine() throws IOException {
        List<String> paragraphs = texts(cleaner.clean(seed("001")));
        assertThat(paragraphs).anyMatch(p -> p.contains("金凤实验室把重大疾病的下一代诊断作为核心任务"));
        assertThat(paragraphs).anyMatch(p -> p.contains("高能级科研平台"));
        assertThat(paragraphs).anyMatch(p -> p.contains("贡献全市超40%的外贸进出口值"));
        List<String> columns = texts(cleaner.clean(seed("003")));
        assertThat(columns).anyMatch(p -> p.contains("两山两江之间的重庆中心城区西部槽谷地带"));
        assertThat(columns).anyMatch(p -> p.contains("首支发展基金签约落地，将重点投资于"));
    }

    @Test
    void restoresTextContinuedFarBelowToReadingOrder() throws IOException {
        List<String> paragraphs = texts(cleaner.clean(seed("001")));
        assertThat(paragraphs).anyMatch(p -> p.contains("总投资约5.22万亿元。重点项目清单对项目建设时序"));
        assertThat(paragraphs).anyMatch(p -> p.contains("积极打造数字智慧通道、深化国际交流"));
        assertThat(paragraphs).anyMatch(p -> p.contains("智能网联新能源汽车智造高地，到2027年，将实现产值千亿元。"));
        // The continued text follows its start: the 5.22万亿 paragraph comes before the
        // 陆海新通道 section.
        int project = indexOf(paragraphs, "总投资约5.22万亿元");
        int corridor = indexOf(paragraphs, "西部陆海新通道是共建“一带一路”的重要组成部分");
        int continuation = indexOf(paragraphs, "从项目属地看");
        assertThat(project).isLessThan(continuation);
        assertThat(continuation).isLessThan(corridor);
    }

    @Test
    void keepsCaptionsAndBylinesOutOfTheBody() throws IOException {
        RawArticleCleaner.Cleaned cleaned = cleaner.clean(seed("004"));
        assertThat(cleaned.captions()).contains("金凤软件园", "自动驾驶汽车测试与研究平台", "位于西部(重庆)科学城的西永微电园正加速布局集成电路全产业链");
        assertThat(cleaned.credits()).contains("张雪燕", "植恩生物 摄/雷键");
        assertThat(texts(cleaned)).noneMatch(p -> p.equals("金凤软件园") || p.contains("摄/雷键"));
        RawArticleCleaner.Cleaned first = cleaner.clean(seed("000"));
        assertThat(first.captions()).contains("嘉陵江实验室", "重庆国家应用数学中心");
        assertThat(first.credits()).contains("数据来源：西部科学城重庆高新区管理委员会");
    }

    @Test
    void aHeadlineIsNotJoinedToTheFirstParagraph() throws IOException {
        RawArticleCleaner.Cleaned cleaned = cleaner.clean(seed("002"));
        assertThat(cleaned.titleGuess()).isEqualTo("立足双城经济圈建设 西部(重庆) 科学城 加速打造科技创新策源地 补足重庆创新短板");
        assertThat(cleaned.paragraphs().get(0).text()).startsWith("中梁山、缙云山东西并行");
    }

    @Test
    void everyParagraphHasAStableId() throws IOException {
        RawArticleCleaner.Cleaned cleaned = cleaner.clean(seed("002"));
        assertThat(cleaned.paragraphs()).extracting(Paragraph::id)
            .startsWith("p01", "p02", "p03")
            .doesNotHaveDuplicates();
        assertThat(cleaner.clean(seed("002")).paragraphs()).isEqualTo(cleaned.paragraphs());
    }

    @Test
    void restoresChinesePunctuationWhereTheTypesetterUsedAscii() throws IOException {
        List<String> paragraphs = texts(cleaner.clean(seed("004")));
        assertThat(paragraphs.get(0)).startsWith("产业兴则城市兴，产业强则区域强。");
        assertThat(paragraphs).anyMatch(p -> p.contains("合同投资额3141.9亿元"));
    }

    private static int indexOf(List<String> paragraphs, String fragment) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph contains " + fragment);
    }

}
