package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossTest {

    private final Gloss gloss = Dictionaries.GLOSS;

    @Test
    void glossesWordsNamesAndFiguresIntoEnglish() {
        String out = gloss.of("数据显示，启动建设至今，科学城核心区已成功引进招商项目317个，合同投资额3141.9亿元。");
        assertThat(out).contains("314.19 billion yuan").contains("317").contains("investment");
        assertThat(out).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void officialNamesComeFromTheGlossary() {
        String out = gloss.of("西部(重庆)科学城集聚高新技术企业702家");
        assertThat(out).contains("Western (Chongqing) Science City").contains("702").contains("high-tech enterprises");
    }

}
