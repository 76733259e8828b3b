package city.science.qa.question;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.Glossary;
import city.science.qa.search.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Stage 1: the question in the corpus's own script, width, numerals and words. */
class QuestionNormalizerTest {

    private static final QuestionNormalizer NORMALIZER = new QuestionNormalizer(
            Lexicon.load(Path.of("corpus/lexicon.tsv")), Glossary.load(Path.of("corpus/glossary.tsv")));

    @Test
    void traditionalCharactersBecomeSimplified() {
        NormalizedQuestion q = NORMALIZER.normalize("重慶大學城匯聚了多少所高校？");
        assertThat(q.text()).isEqualTo("重庆大学城汇聚了多少所高校？");
        assertThat(q.language()).isEqualTo(Language.ZH);
        assertThat(q.asked()).isEqualTo("重慶大學城匯聚了多少所高校？");
    }

    @Test
    void taiwanWordsBecomeTheMainlandOnesTheArticlesUse() {
        assertThat(NORMALIZER.normalize("科學城的軟體企業有幾家？").text()).isEqualTo("科学城的软件企业有几家？");
        assertThat(NORMALIZER.normalize("高新區2025年未來產業產值成長了多少？").text()).as("成長 is growth")
            .isEqualTo("高新区2025年未来产业产值增长了多少？");
        assertThat(NORMALIZER.normalize("科學城簽約的招商專案有多少個？").text()).isEqualTo("科学城签约的招商项目有多少个？");
        assertThat(NORMALIZER.normalize("科學城的智慧終端產值有多少？").text()).isEqualTo("科学城的智能终端产值有多少？");
        assertThat(NORMALIZER.normalize("科學城轉化了多少項研發成果？").alternatives()).as("研发成果 are 科研成果")
            .containsEntry("研发", java.util.List.of("科研"));
    }

    @Test
    void theChineseAnEnglishQuestionQuotesIsKeptWholeWithTheNamesInIt() {
        NormalizedQuestion q = NORMALIZER.normalize("How large will the 主導產業集群 be?");
        assertThat(q.text()).as("the name in it is put in English").contains("leading industries");
        assertThat(q.quotedChinese()).containsExactly("主导产业集群");
        assertThat(NORMALIZER.normalize("主导产业集群有多大？").quotedChinese()).as("a Chinese question quotes nothing")
            .isEmpty();
    }

    @Test
    void theQuotedChineseIsWrittenAsTheArticlesWriteIt() {
        assertThat(NORMALIZER.normalize("How many 軟體企業 does the Science City have now?").quotedChinese())
            .as("Taiwan's 软体 is the articles' 软件")
            .containsExactly("软件企业");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidth() {
        assertThat(QuestionNormalizer.halfWidth("ＧＤＰ增长６．８％　吗")).isEqualTo("GDP增长6.8% 吗");
    }

    @Test
    void numeralsThatCountBecomeDigitsButNamesKeepTheirs() {
        assertThat(ChineseNumerals.toDigits("十四所高校，一百八十九名人才，两千亿元")).isEqualTo("14所高校，189名人才，2000亿元");
        assertThat(ChineseNumerals.toDigits("三家企业")).isEqualTo("3家企业");
        assertThat(ChineseNumerals.toDigits("一带一路、六区一高地、五个百亿级")).isEqualTo("一带一路、六区一高地、五个百亿级");
        assertThat(ChineseNumerals.value("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.value("二十")).isEqualTo(20);
    }

    @Test
    void englishNumberWordsOfTimeBecomeDigitsButNamesKeepTheirs() {
        assertThat(NORMALIZER.normalize("What will it build in the next five years?").text())
            .isEqualTo("What will it build in the next 5 years?");
        assertThat(EnglishNumerals.toDigits("a two-year plan; Six Zones and One Highland"))
            .isEqualTo("a 2-year plan; Six Zones and One Highland");
    }

    @Test
    void spokenFunctionWordsAreReplacedAndNounsGetTheCorpusWords() {
        NormalizedQuestion q = NORMALIZER.normalize("科学城有没有搞芯片的厂子？咋样？");
        assertThat(q.text()).isEqualTo("科学城有搞芯片的厂子？怎么样？");
        assertThat(q.alternatives()).containsEntry("芯片", java.util.List.of("集成电路"))
            .containsEntry("厂子", java.util.List.of("企业"));
    }

    @Test
    void chongqingSpeechAndSpokenFillersBecomeTheAsking() {
        assertThat(NORMALIZER.normalize("科学城在建的项目有好多个？").text()).as("好多个 is 多少个 in Chongqing")
            .isEqualTo("科学城在建的项目有多少个？");
        assertThat(NORMALIZER.normalize("大学城里头有几个大学？").text()).isEqualTo("大学城有几个大学？");
        assertThat(NORMALIZER.normalize("计算中心用的啥子散热？").text()).as("啥子 is 什么").isEqualTo("计算中心用的什么散热？");
        assertThat(NORMALIZER.normalize("璧铜线从头坐到尾要好久哦？").text()).as("asking 好久 is 多久").contains("要多久");
        assertThat(NORMALIZER.normalize("好久没来科学城了，现在有多少家企业？").text()).as("好久 told, not asked").contains("好久");
        assertThat(NORMALIZER.normalize("2021年核心区经济长得快不快？").text()).isEqualTo("2021年核心区经济增速？");
        NormalizedQuestion q = NORMALIZER.normalize("去年高新区帮多少年轻人找到了工作？");
        assertThat(q.text()).isEqualTo("高新区多少年轻人找到了工作？");
        assertThat(q.alternatives()).containsEntry("年轻人", java.util.List.of("青年"))
            .containsEntry("找到了工作", java.util.List.of("就业"));
        assertThat(NORMALIZER.normalize("科学城核心区把多少科研成果变成了产品？").alternatives()).containsEntry("变成了产品",
                java.util.List.of("转化"));
        assertThat(NORMALIZER.normalize("核心区科研成果卖了多少钱？").alternatives().get("卖了")).contains("收入");
        assertThat(NORMALIZER.normalize("两个高新区头一回开联席会是啥时候？").text()).isEqualTo("两个高新区第一次开联席会是什么时候？");
        assertThat(NORMALIZER.normalize("第二回联席会在哪开的？").alternatives()).containsEntry("联席会", java.util.List.of("联席会议"));
        NormalizedQuestion lately = NORMALIZER.normalize("金凤实验室前阵子出了几项成果？");
        assertThat(lately.alternatives().get("前阵子")).contains("前不久");
        assertThat(lately.alternatives().get("出了")).contains("发布");
        assertThat(NORMALIZER.normalize("机器人都干些啥活？").text()).isEqualTo("机器人做哪些工作？");
    }

    @Test
    void englishWordsInAChineseQuestionGetTheCorpusChineseWords() {
        NormalizedQuestion q = NORMALIZER.normalize("科学城有多少家tech-based企业？");
        assertThat(q.alternatives()).as("an English word among Chinese characters is a whole word")
            .containsEntry("tech-based", java.util.List.of("科技型企业", "科技型"));
        assertThat(NORMALIZER.normalize("科学城的manufacturing集群体系叫什么？").alternatives()).containsEntry("manufacturing",
                java.util.List.of("制造业", "制造"));
        assertThat(NORMALIZER.normalize("新型研发机构的revenue累计有多少？").alternatives().get("revenue"))
            .as("only the Chinese words: the question is searched in Chinese")
            .containsExactly("收入", "产值");
        assertThat(NORMALIZER.normalize("主导产业集群的target规模是多少？").alternatives().get("target"))
            .as("a plan's target is its 目标")
            .contains("目标");
        assertThat(NORMALIZER.normalize("统一战线那次visit一共几天？").alternatives().get("visit"))
            .as("the README's example: the lexicon's word for visit")
            .contains("走访");
        assertThat(NORMALIZER.normalize("科学城给人才提供了哪些housing和学校？").alternatives().get("housing"))
            .as("housing is the articles' 公寓")
            .contains("公寓");
        assertThat(NORMALIZER.normalize("种质中心要建世界最大的什么mutant库？").alternatives().get("mutant"))
            .as("the dictionary knows only 突变株; the articles write 突变体")
            .contains("突变体");
    }

    @Test
    void whatAProjectCostsIsItsInvestment() {
        assertThat(NORMALIZER.normalize("How much will the base cost?").alternatives().get("cost")).contains("投资");
        assertThat(NORMALIZER.normalize("百日攻坚那天签了多少个projects？").alternatives()).containsEntry("projects",
                java.util.List.of("项目"));
        assertThat(NORMALIZER.normalize("科学城推出了哪些financing services？").alternatives().get("financing services"))
            .contains("金融服务");
    }

    @Test
    void buildingAndTradeWordsGetTheArticlesWords() {
        assertThat(NORMALIZER.normalize("科学谷的第一栋楼啥时候top out的？").alternatives().get("top out")).contains("封顶");
        assertThat(NORMALIZER.normalize("西永综保区是哪些big corridors的起点？").alternatives()).containsEntry("起点",
                java.util.List.of("始发点"));
        assertThat(NORMALIZER.normalize("科学城有哪些soft loans？").alternatives().get("soft loans")).contains("金融服务");
        assertThat(NORMALIZER.normalize("赛力斯是靠哪个system找到买家的？").text()).as("靠哪个 is 通过哪个")
            .isEqualTo("赛力斯是通过哪个system找到买家的？");
    }

    @Test
    void chineseAbbreviationsBecomeTheArticlesWordsAlsoInsideAnEnglishQuestion() {
        assertThat(NORMALIZER.normalize("2025年规上工业增加值涨了多少？").text()).isEqualTo("2025年规模以上工业增加值涨了多少？");
        assertThat(NORMALIZER.normalize("How much did 规上工业增加值 grow in 2025?").text())
            .isEqualTo("How much did 规模以上工业增加值 grow in 2025?");
        assertThat(NORMALIZER.normalize("Is high-tech growth in 社零 faster?").text()).as("only inside Chinese words")
            .isEqualTo("Is high-tech growth in 社会消费品零售总额 faster?");
    }

    @Test
    void englishEverydayWordsGetTheCorpusWordsInBothLanguages() {
        NormalizedQuestion q = NORMALIZER.normalize("What was the revenue of chip firms in H2?");
        assertThat(q.language()).isEqualTo(Language.EN);
        assertThat(q.alternatives().get("revenue")).contains("income", "收入");
        assertThat(q.alternatives().get("chip")).contains("集成电路");
        assertThat(q.alternatives().get("H2")).contains("second half", "下半年");
        assertThat(NORMALIZER.normalize("大学城有多少名researchers啊？").alternatives().get("researchers"))
            .as("the articles count researchers as 科技人员 too")
            .contains("科研人员", "科技人员");
        NormalizedQuestion devices = NORMALIZER.normalize("What are smart device makers producing in value terms?");
        assertThat(devices.alternatives().get("smart device")).contains("智能终端");
        assertThat(devices.alternatives().get("makers")).contains("制造企业");
        assertThat(devices.alternatives().get("in value terms")).contains("产值");
        assertThat(NORMALIZER.normalize("Which CAS academician came?").alternatives().get("CAS")).contains("中国科学院");
        assertThat(NORMALIZER.normalize("How large a software workforce?").alternatives().get("workforce"))
            .contains("从业人数");
        NormalizedQuestion fair = NORMALIZER.normalize(
                "How many graduates signed letters of intent at the talent fair, and how many reforms are ahead?");
        assertThat(fair.alternatives().get("letters of intent")).contains("就业意向");
        assertThat(fair.alternatives().get("talent fair")).contains("英才大会");
        assertThat(fair.alternatives().get("reforms")).contains("举措");
        assertThat(fair.alternatives().get("ahead of")).isNull();
        assertThat(NORMALIZER.normalize("What is the pipeline of projects under way?").alternatives().get("under way"))
            .contains("在建");
        NormalizedQuestion months = NORMALIZER.normalize("How many projects were inked in the first eight months?");
        assertThat(months.alternatives().get("first 8 months")).contains("1至8月");
        assertThat(months.alternatives().get("inked")).contains("签约");
        assertThat(NORMALIZER.normalize("What was GDP growth, as of the 2026 report?").text())
            .as("the report's year is not the figure's")
            .isEqualTo("What was GDP growth, ?");
        assertThat(NORMALIZER.normalize("据2022年的报道，科学城有多少个重点实验室？").text()).doesNotContain("2022");
        assertThat(NORMALIZER.normalize("How many service providers are in the park?")
            .alternatives()
            .get("service providers")).contains("firms", "机构");
    }

    @Test
    void spokenWordsOfEaseAndTimeGetTheArticlesWrittenOnes() {
        NormalizedQuestion q = NORMALIZER.normalize("两条隧道open以后科学城去主城会更方便吗？");
        assertThat(q.alternatives()).containsEntry("方便", java.util.List.of("便捷", "便利"))
            .containsEntry("以后", java.util.List.of("后"));
    }

    @Test
    void aNameAskedWithWhichIsWrittenAsTheKindOfThingAsked() {
        assertThat(NORMALIZER.normalize("王晓鹏住在哪个high-tech zone？").text()).isEqualTo("王晓鹏住在哪个高新区？");
        assertThat(NORMALIZER.normalize("王晓鹏在high-tech zone工作吗？").text()).as("not asked with which")
            .contains("西部科学城重庆高新区");
    }

    @Test
    void namesInTheOtherLanguageBecomeTheQuestionsOwn() {
        assertThat(NORMALIZER.normalize("University Town有多少所高校？").text()).isEqualTo("重庆大学城有多少所高校？");
        assertThat(NORMALIZER.normalize("What is 金凤实验室's core task?").text())
            .isEqualTo("What is Jinfeng Laboratory 's core task?");
        assertThat(NORMALIZER.normalize("科学城有多少家high-tech企业？").text()).isEqualTo("科学城有多少家高新技术企业？");
        assertThat(NORMALIZER.normalize("办公楼里的robots在干嘛？").text()).as("robots are not the AI industry")
            .doesNotContain("人工智能")
            .contains("机器人");
    }

}
