package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import city.science.qa.question.Asked;
import city.science.qa.question.Lexicon;
import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.PartOfYear;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.question.QuestionAnalyzer;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.search.QueryTerms;
import city.science.qa.search.SearchHit;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stage 5: a sentence answers only what it says, about what was asked. */
class EvidenceFitTest {

    private static final Glossary GLOSSARY = Glossary.load(Path.of("corpus/glossary.tsv"));

    private static final QuestionNormalizer NORMALIZER = new QuestionNormalizer(
            Lexicon.load(Path.of("corpus/lexicon.tsv")), GLOSSARY);

    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(GLOSSARY, new QueryTerms(new ChineseWords()));

    private final EvidenceFit fit = new EvidenceFit(GLOSSARY);

    private Optional<EvidenceFit.Mismatch> mismatch(String question, SearchHit hit, String sentence) {
        NormalizedQuestion q = NORMALIZER.normalize(question);
        return fit.mismatch(sentence, Optional.empty(), hit, ANALYZER.analyze(q), q.alternatives());
    }

    private static SearchHit hit(String published, String text) {
        return Hits.hit("p", published, text, null, 1.0);
    }

    @Test
    void aSentenceSayingThatSameYearIsOfTheYearItsPassageNamedLast() {
        String dated = "2024年，科学城集聚高新技术企业1500家。";
        String same = "同年，科学城软件企业营业收入增长37.9%。";
        SearchHit passage = hit("2025-03", dated + same);

        assertThat(mismatch("2024年科学城软件企业营业收入增长了多少？", passage, same)).isEmpty();
        // Read as the report's year, the sentence was 2025's; nor is it 2023's.
        assertThat(mismatch("2023年科学城软件企业营业收入增长了多少？", passage, same)).contains(EvidenceFit.Mismatch.YEAR);
        assertThat(mismatch("2025年科学城软件企业营业收入增长了多少？", passage, same)).contains(EvidenceFit.Mismatch.YEAR);
    }

    @Test
    void theAskedFigureAboutTheAskedSubjectFits() {
        String s = "邻近的西部(重庆)科学城集聚702家高新技术企业。";
        assertThat(mismatch("西部科学城集聚了多少家高新技术企业？", hit("2026", s), s)).isEmpty();
    }

    @Test
    void aShareIsAnsweredByAPartOfAWholeNotByAGrowthRate() {
        String growth = "2025年，集成电路产值同比增长9.0%。";
        String share = "科学城集聚集成电路上下游重点企业20多家，产值约占重庆市相关产业的80%。";
        String question = "How much of the output of Chongqing's chip industry comes from the Science City?";
        assertThat(mismatch(question, hit("2022", growth), growth)).contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        assertThat(mismatch(question, hit("2022", share), share)).isEmpty();
        String tenth = "东西向隧道达36条，但这个数字，只是科学城在建项目的1/10左右。";
        assertThat(mismatch("东西向隧道占科学城在建项目的多少？", hit("2022", tenth), tenth)).as("a fraction is a share").isEmpty();
    }

    @Test
    void anotherOneOfASeriesOfMeetingsIsAnotherEvent() {
        String first = "就在今年3月，重庆高新区和成都高新区举行第一次联席会议，共话“双城新蓝图”。";
        String second = "一个月后，第二次联席会议转战成都。";
        String question = "Which city hosted the second 联席会议 of the two zones?";
        assertThat(mismatch(question, hit("2020", first), first)).contains(EvidenceFit.Mismatch.EVENT);
        assertThat(mismatch(question, hit("2020", second), second)).isEmpty();
    }

    @Test
    void aTargetForALaterYearDoesNotSayHowManyThereAreNow() {
        String target = "到2025年，科学城软件业务收入将达800亿元，软件企业达2000家，软件从业人数达6万人。";
        String count = "截至目前，科学城累计形成软件产业载体154万平方米，软件企业1301家。";
        assertThat(mismatch("How many 软件企业 does the Science City have now?", hit("2022", target), target))
            .contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        assertThat(mismatch("科学城现在有多少家软件企业？", hit("2023", count), count)).isEmpty();
        assertThat(mismatch("How many software companies should the Science City have by 2025?", hit("2022", target),
                target))
            .as("a question about the plan")
            .isEmpty();
    }

    @Test
    void aPhraseOfTheQuestionIsNamedWithWordsSetInsideIt() {
        String s = "从重点领域看，共建具有全国影响力的科技创新中心项目8个，强化公共服务共建共享项目1个。";
        assertThat(EvidenceFit.namesWithWordsBetween("共建科技创新中心", s)).isTrue();
        assertThat(EvidenceFit.namesWithWordsBetween("共建公共服务", s)).as("parts too far apart").isFalse();
        assertThat(mismatch("How many 共建科技创新中心 projects are on the key project list?", hit("2023", s), s)).isEmpty();
    }

    @Test
    void anotherPlaceIsAMismatch() {
        String s = "邻近的西部(重庆)科学城集聚702家高新技术企业。";
        assertThat(mismatch("成都高新区有多少家高新技术企业？", hit("2026", s), s)).contains(EvidenceFit.Mismatch.PLACE);
    }

    @Test
    void aPlaceThatOnlyNamesAnInstitutionIsAnotherPlace() {
        String s = "该职教集团由重庆城市管理职业学院、成都职业技术学院联合40余所成渝地区职业院校组建成立。";
        assertThat(mismatch("西部(成都)科学城有多少所高校？", hit("2020", s), s)).contains(EvidenceFit.Mismatch.PLACE);
        String chengdu = "成都高新区集聚高新技术企业3000余家。";
        assertThat(mismatch("成都高新区有多少家高新技术企业？", hit("2020", chengdu), chengdu)).isEmpty();
    }

    @Test
    void aPassageThatRefersBackToTheSubjectOfItsArticleIsAboutIt() {
        SearchHit named = Hits.hit("a", "2022-01", "1月11日上午，西部(重庆)科学城种质创制大科学中心正式运行。", null, 1.0);
        SearchHit refers = Hits.hit("a", "2022-01", "未来5年，中心将力争建成国际上规模最大的杨树基因编辑突变体库。", null, 0.9);
        SearchHit elsewhere = Hits.hit("b", "2022-01", "未来5年，该中心将建成全球最大的杨树基因编辑突变体库。", null, 0.9);
        NormalizedQuestion q = NORMALIZER.normalize("种质创制大科学中心未来5年要建什么？");
        var analysis = ANALYZER.analyze(q);
        assertThat(fit.forPassage(refers, analysis, q.alternatives(), java.util.List.of(named, refers)).aboutSubject())
            .isTrue();
        assertThat(fit.forPassage(elsewhere, analysis, q.alternatives(), java.util.List.of(named, elsewhere))
            .aboutSubject()).isFalse();
    }

    private static SearchHit paragraph(String article, String paragraph, String zh, String en) {
        return new SearchHit(article + paragraph, article, "标题", "Title", "2023-09", "重庆日报", "",
                java.util.List.of(paragraph), zh, "", en, city.science.qa.translation.TranslationSource.HUMAN, 1.0,
                0.8);
    }

    @Test
    void aParagraphIsAboutWhatTheParagraphBeforeItNamesWhenBothWereRetrieved() {
        SearchHit before = paragraph("a", "p35", "“这次知识产权质押融资顺利进行多亏重庆知识产权运营中心的帮助。”赛力斯负责人表示。",
                "\"This IP pledge financing went smoothly thanks to the Chongqing Intellectual Property "
                        + "Operation Center.\" The head of Seres said.");
        SearchHit days = paragraph("a", "p36", "重庆高新区市场监管局指导重庆知识产权运营中心进行实地调研，仅用15个工作日，便为赛力斯完成了全部合同签订及备案放款。",
                "The market supervision bureau guided the Chongqing Intellectual Property Operation Center to "
                        + "investigate on site, and in only 15 working days all contracts were signed, registered "
                        + "and the loan released for Seres.");
        SearchHit notNext = paragraph("a", "p34", before.text(), before.translation());
        NormalizedQuestion q = NORMALIZER.normalize("How many 工作日 did it take to finish Seres's pledge financing?");
        var analysis = ANALYZER.analyze(q);
        assertThat(EvidenceFit.precedes(before, days)).isTrue();
        assertThat(EvidenceFit.precedes(days, before)).isFalse();
        assertThat(fit.forPassage(days, analysis, q.alternatives(), java.util.List.of(days, before)).namesAttributes())
            .as("the pledge financing is named in the paragraph before")
            .isTrue();
        assertThat(fit.forPassage(days, analysis, q.alternatives(), java.util.List.of(days, notNext)).namesAttributes())
            .as("not by a paragraph further away")
            .isFalse();
    }

    @Test
    void aSentenceThatDoesNotNameTheSloganAskedAboutDoesNotSayWhatItIs() {
        String other = "一年来，重庆高新区加速成渝两地的优势产业合作、创新资源共享。";
        String named = "两地高新区商定了“六个一”合作机制。";
        assertThat(mismatch("成渝两地高新区的“六个一”是指什么？", hit("2020", other), other))
            .contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        assertThat(mismatch("成渝两地高新区的“六个一”是指什么？", hit("2020", named), named)).isEmpty();
    }

    @Test
    void aCountOfOtherThingsDoesNotAnswer() {
        String s = "前不久，金凤实验室发布了7项科技创新成果，涵盖高能级科研平台等方面。";
        assertThat(mismatch("金凤实验室有多少名科研人员？", hit("2023", s), s)).contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        String people = "金凤实验室汇聚了600余名科研人员。";
        assertThat(mismatch("金凤实验室有多少名科研人员？", hit("2023", people), people)).isEmpty();
    }

    @Test
    void aGlossaryTermIsNamedByAnyOfItsForms() {
        String s = "2021年，科学城核心区GDP同比增长12.9%、增速全市第一。";
        assertThat(fit.attributeShare(s, Optional.empty(),
                ANALYZER.analyze(NORMALIZER.normalize("2021年科学城地区生产总值同比增长多少？")), java.util.Map.of()))
            .isEqualTo(1.0);
    }

    @Test
    void anotherYearIsAMismatchAndAnUndatedSentenceHasItsArticlesYear() {
        String s = "2021年，科学城核心区GDP同比增长12.9%、增速全市第一。";
        assertThat(mismatch("2019年科学城核心区GDP增长了多少？", hit("2022-10", s), s)).contains(EvidenceFit.Mismatch.YEAR);
        assertThat(mismatch("2021年科学城核心区GDP增长了多少？", hit("2022-10", s), s)).isEmpty();
        String undated = "科学城汽车产业产值同比增长64.7%。";
        assertThat(mismatch("2022年科学城汽车产业产值增长多少？", hit("2022-10", undated), undated)).isEmpty();
        assertThat(mismatch("2024年科学城汽车产业产值增长多少？", hit("2022-10", undated), undated))
            .contains(EvidenceFit.Mismatch.YEAR);
    }

    @Test
    void anotherPartOfTheYearIsAMismatch() {
        String firstHalf = "今年上半年，在智能网联汽车等细分赛道的动能加持下，科学城汽车产业保持高速增长，产值同比增长64.7%。";
        assertThat(mismatch("2022年前三季度汽车产业产值增长了多少？", hit("2022-10", firstHalf), firstHalf))
            .contains(EvidenceFit.Mismatch.PART_OF_YEAR);
        assertThat(mismatch("2022年上半年汽车产业产值增长了多少？", hit("2022-10", firstHalf), firstHalf)).isEmpty();
        String wholeYear = "2021年，科学城核心区GDP同比增长12.9%、增速全市第一。";
        assertThat(mismatch("2021年上半年科学城核心区GDP增长了多少？", hit("2022-10", wholeYear), wholeYear))
            .contains(EvidenceFit.Mismatch.PART_OF_YEAR);
    }

    @Test
    void aCountOfCompaniesDoesNotAnswerHowManyListedCompanies() {
        String firms = "仅今年上半年，科学城集聚集成电路上下游重点企业20多家。";
        assertThat(mismatch("科学城有多少家上市公司？", hit("2022-10", firms), firms)).contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        String listed = "科学城已有上市公司12家。";
        assertThat(mismatch("科学城有多少家上市公司？", hit("2022-10", listed), listed)).isEmpty();
    }

    @Test
    void theCountedThingAndWhichOfThemAreNamedInEverydayEnglish() {
        String firms = "金凤科创园集聚了67家法律、金融、知识产权等专业服务机构，年知识产权运营额达1.5亿元。";
        String firmsEnglish = "The Jinfeng Science and Innovation Park gathers 67 professional service firms"
                + " in law, finance, intellectual property and other fields.";
        NormalizedQuestion q = NORMALIZER.normalize("How many professional service institutions are in the 金凤科创园?");
        assertThat(fit.mismatch(firms, Optional.of(firmsEnglish), hit("2026", firms), ANALYZER.analyze(q),
                q.alternatives()))
            .as("institutions are 机构")
            .isEmpty();
        String talents = "在2021年度重庆英才大会上，西部(重庆)科学城共引进189名紧缺人才，与近260名优秀高校毕业生达成就业意向。";
        assertThat(mismatch("How many urgently needed talents were brought in at the 2021 重庆英才大会?",
                hit("2022", talents), talents))
            .as("urgently needed talents are 紧缺人才")
            .isEmpty();
        String results = "目前，科学城核心区已累计引育省部级以上创新平台328个，2023年以来转化科研成果290项。";
        assertThat(mismatch("How many scientific achievements has the 科学城核心区 converted since 2023?",
                hit("2023-09", results), results))
            .as("scientific achievements are 科研成果")
            .isEmpty();
    }

    @Test
    void doublingIsNoPercentageButTwiceIs() {
        String campaign = "实施民营企业“龙头引领”行动、高新技术企业和科技型企业“双倍增”行动计划等。";
        assertThat(mismatch("科学城民营企业增长了多少？", hit("2023-09", campaign), campaign))
            .contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        String twice = "科学城民营企业数量增长了1.5倍。";
        assertThat(mismatch("科学城民营企业增长了多少？", hit("2023-09", twice), twice)).isEmpty();
    }

    @Test
    void aSentenceWithoutTheKindOfThingAskedDoesNotAnswer() {
        String growth = "2025年，西部科学城重庆高新区实现地区生产总值同比增长6.8%。";
        assertThat(mismatch("2025年高新区GDP是多少亿元？", hit("2026", growth), growth))
            .contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
    }

    @Test
    void aSentenceSayingTheSamePeriodIsOfThePeriodItsPassageNamedLast() {
        String passage = "2022年上半年，核心区实现地区生产总值增长5%。同期新增城镇就业2.6万人。";
        String sentence = "同期新增城镇就业2.6万人。";
        assertThat(EvidenceFit.referredYear(passage, sentence)).contains("2022");
        assertThat(EvidenceFit.partsOfYear(passage, sentence)).containsExactly(new PartOfYear(1, 6));
        assertThat(EvidenceFit.partsOfYear("新增城镇就业2.6万人。", "新增城镇就业2.6万人。")).isEmpty();
    }

    @Test
    void aPassageBeginningWithTheSamePeriodIsOfThePeriodThePassageBeforeItNamedLast() {
        String sentence = "同期新增城镇就业2.6万人，超过7000名大学生留在科学城。";
        SearchHit alone = Hits.hit("p-jobs", "2025", sentence, null, 1);
        SearchHit after = new SearchHit("p-jobs", "a", "标题", null, "2025", "", "", java.util.List.of("p02"), sentence,
                "2022年上半年，核心区地区生产总值增长5%。", null, city.science.qa.translation.TranslationSource.NONE, 1, 0.8);
        String question = "2022年上半年核心区新增城镇就业多少人？";
        assertThat(mismatch(question, after, sentence)).isEmpty();
        assertThat(mismatch(question, alone, sentence)).contains(EvidenceFit.Mismatch.YEAR);
    }

    @Test
    void anAmountInAForeignCurrencyIsAnAmount() {
        String dollars = "2017年，这家公司与重庆市政府签下10亿美元的二期投资协议。";
        assertThat(EvidenceFit.carries(dollars, dollars, Asked.AMOUNT)).isTrue();
        assertThat(EvidenceFit.carries("总投资约3亿欧元。", "总投资约3亿欧元。", Asked.AMOUNT)).isTrue();
        assertThat(EvidenceFit.carries("签约项目10个。", "签约项目10个。", Asked.AMOUNT)).isFalse();
    }

    @Test
    void aDateOfAnotherEventDoesNotSayWhenTheAskedOneHappened() {
        String topped = "2021年底，科学谷一期项目新建部分首栋建筑迎来封顶。";
        assertThat(mismatch("科学谷什么时候建成？", hit("2022-01", topped), topped)).contains(EvidenceFit.Mismatch.EVENT);
        assertThat(mismatch("科学谷首栋建筑什么时候封顶？", hit("2022-01", topped), topped)).isEmpty();
    }

    @Test
    void aFigureOfAnotherAttributeDoesNotAnswer() {
        String s = "重庆高新区将携手成都高新区，重点围绕优势产业合作、创新资源共享5个方面共同推进。";
        assertThat(mismatch("重庆高新区有多少家高新技术企业？", hit("2020", s), s)).contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
    }

    @Test
    void aNamedInstitutionMustBeInThePassage() {
        String s = "金凤实验室等平台汇聚了600余名核心科研人员。";
        assertThat(mismatch("嘉陵江实验室有多少名核心科研人员？", hit("2026", s), s)).contains(EvidenceFit.Mismatch.SUBJECT);
    }

    @Test
    void aDateMustBeWrittenBesideTheAskedEventNotElsewhereInTheSentence() {
        String far = "数据显示，启动建设至今，科学城核心区已成功引进中国平安科学城大健康科技园等招商项目317个，合同投资额3141.9亿元，仅今年1至8月，新签约项目就达59个。";
        String beside = "作为国家部署成渝科创版图的重要一子，自2020年启动建设至今，这座规划面积1198平方公里的现代化新城已初具规模。";
        String question = "When did construction of the Science City begin?";
        assertThat(mismatch(question, hit("2022-10-01", far), far)).contains(EvidenceFit.Mismatch.EVENT);
        assertThat(mismatch(question, hit("2022-01-01", beside), beside)).isEmpty();
    }

    @Test
    void aSentenceThatOpensWithItsDateDatesAllItTells() {
        String opens = "2021年底，位于西部(重庆)科学城的科学谷一期项目取得新进展——新建部分首栋建筑迎来封顶。";
        assertThat(
                mismatch("When was the first building of the Science Valley topped out?", hit("2022-01", opens), opens))
            .isEmpty();
        String laterInTheSentence = "科学谷一期项目新建部分首栋建筑迎来封顶，建成后将提供约140万平方米办公楼宇，集聚科技研发、数字经济等产业，首批企业已于2021年底入驻。";
        assertThat(mismatch("When was the first building of the Science Valley topped out?",
                hit("2022-01", laterInTheSentence), laterInTheSentence))
            .contains(EvidenceFit.Mismatch.EVENT);
        String toCome = "1月10日，中梁山下白市驿隧道开工建设，西向的缙云山脚下，金凤隧道也在加紧建设，隧道投用后，科学城与主城核心区域连接将更加便捷。";
        assertThat(mismatch("When will the Jinfeng Tunnel open to traffic?", hit("2022-01", toCome), toCome))
            .as("an event still to come is not dated by the sentence's date")
            .contains(EvidenceFit.Mismatch.EVENT);
    }

    @Test
    void aCountOfOtherThingsDoesNotAnswerHowManyOfThese() {
        String actions = "《重庆高新区加快建设西部陆海新通道五年行动实施方案(2023—2027年)》印发，部署5项行动，共18项任务。";
        String tunnels = "在西部(重庆)科学城的规划图中，东西向隧道达36条。";
        String question = "How many east-west tunnels are in the plan?";
        assertThat(mismatch(question, hit("2023-09-01", actions), actions))
            .contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        assertThat(fit.mismatch(tunnels, Optional.of("The plan has as many as 36 east-west tunnels."),
                hit("2022-01-01", tunnels), ANALYZER.analyze(NORMALIZER.normalize(question)), java.util.Map.of()))
            .isEmpty();
    }

    @Test
    void anEventOfAnotherNamedThingDoesNotDateTheAskedOne() {
        String base = "4月，重庆光大人工智能产业基地在西部(重庆)科学城开工建设。";
        assertThat(mismatch("When did construction of the Science City begin?", hit("2020-12-01", base), base))
            .contains(EvidenceFit.Mismatch.EVENT);
        assertThat(mismatch("光大人工智能产业基地什么时候开工建设的？", hit("2020-12-01", base), base)).isEmpty();
        assertThat(mismatch("科学城人工智能产业什么时候开工的？", hit("2020-12-01", base), base)).as("a field is not a name")
            .contains(EvidenceFit.Mismatch.EVENT);
    }

    @Test
    void anotherNamedThingsEventDoesNotDateTheNamedOneAsked() {
        String tunnels = "1月10日，中梁山下白市驿隧道开工建设，与此同时，西向的缙云山脚下，金凤隧道也在加紧建设。";
        assertThat(mismatch("金凤隧道是哪天开工的？", hit("2022-01-01", tunnels), tunnels)).contains(EvidenceFit.Mismatch.EVENT);
        assertThat(mismatch("白市驿隧道是哪天开工的？", hit("2022-01-01", tunnels), tunnels)).isEmpty();
        assertThat(mismatch("白市驿那条哪天开工的？", hit("2022-01-01", tunnels), tunnels)).as("a tunnel by its place's name")
            .isEmpty();
        String base = "4月，重庆光大人工智能产业基地在西部(重庆)科学城开工建设。";
        SearchHit passage = hit("2020-12-01", base + "该基地将整合光大集团金融与实业资源。");
        assertThat(mismatch("When did the Everbright Group's AI base break ground?", passage, base))
            .as("the base of the group asked about, by the group's own word 光大")
            .isEmpty();
    }

    @Test
    void aPartyToASigningSharesItsDate() {
        String signed = "今年7月，科学城与国核铀业发展有限责任公司成功签约，拟在科学城设立创新医用同位素研发及生产基地。";
        assertThat(mismatch("科学城是什么时候签约的？", hit("2022-10-01", signed), signed)).isEmpty();
        String alone = "今年7月，国核铀业发展有限责任公司成功签约。";
        assertThat(mismatch("科学城是什么时候签约的？", hit("2022-10-01", alone), alone)).contains(EvidenceFit.Mismatch.EVENT);
    }

    @Test
    void anotherPhaseOrAnotherEventIsNotTheAskedOne() {
        String topped = "2021年底，位于西部(重庆)科学城的科学谷一期项目取得新进展——新建部分首栋建筑迎来封顶。";
        assertThat(mismatch("When did phase II of the Science Valley break ground?", hit("2022-01-01", topped), topped))
            .contains(EvidenceFit.Mismatch.EVENT);
        assertThat(mismatch("科学谷一期什么时候封顶的？", hit("2022-01-01", topped), topped)).isEmpty();
        String submit = "我们正在联合编制《成渝综合性科学中心建设方案》，力争今年内正式上报国家发展改革委、科技部。";
        assertThat(mismatch("When was the plan for the 成渝综合性科学中心 approved?", hit("2023-09-01", submit), submit))
            .contains(EvidenceFit.Mismatch.EVENT);
    }

    @Test
    void aThingNamedShortByItsOwnWordIsTheAskedOne() {
        String base = "4月，重庆光大人工智能产业基地在西部(重庆)科学城开工建设。";
        assertThat(EvidenceFit.ownWords(GLOSSARY, "重庆光大人工智能产业基地")).containsExactly("光大");
        assertThat(mismatch("光大那个人工智能基地啥时候动工的？", hit("2020-12-01", base), base)).isEmpty();
    }

    @Test
    void howLongIsAnsweredByASpanOfTimeNotByADate() {
        String span = "没想到短短一天时间内就能异地领取到营业执照！";
        String dated = "6月10日下午，谭先生在成都高新区领取了营业执照，意味着他在重庆的分公司拿到了营业许可。";
        SearchHit passage = hit("2020-12", span + dated);
        String question = "在成都拿重庆分公司的营业执照要等多久？";
        assertThat(mismatch(question, passage, dated)).contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        assertThat(mismatch(question, passage, span)).isEmpty();
        String days = "仅用15个工作日，便为赛力斯完成了全部合同签订及备案放款。";
        String loan = "赛力斯实现了一笔知识产权质押融资。" + days;
        assertThat(mismatch("赛力斯的知识产权质押融资用了几个工作日？", hit("2023", loan), days)).isEmpty();
    }

    @Test
    void howMuchOfAThingIsAnsweredByItsMeasureBeforeIt() {
        String space = "建成后的科学谷将提供约140万平方米办公楼宇。";
        assertThat(mismatch("科学谷建成后能提供多少办公楼宇？", hit("2022-01", space), space)).isEmpty();
        String other = "科学谷将集中布局12个技术创新中心。";
        assertThat(mismatch("科学谷建成后能提供多少办公楼宇？", hit("2022-01", other), other))
            .contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
    }

    @Test
    void whoReceivedSomethingIsAnsweredByTheBodyThatDid() {
        String delivered = "金凤实验室已成功合成首个AI设计的全新骨架实体新分子，并交付给药企。";
        assertThat(mismatch("金凤实验室那个AI设计的新分子交给谁了？", hit("2022", delivered), delivered)).isEmpty();
        assertThat(mismatch("Who founded the Jinfeng Laboratory?", hit("2022", delivered), delivered)).isPresent();
    }

    @Test
    void aFigureSinceAYearIsItsReportsYears() {
        String since = "自2020年启动建设至今，这座现代化新城已初具规模：34个国内高校及科研院所签约落地。";
        assertThat(EvidenceFit.inYear(since, "2022-01", java.util.List.of("2022"))).isTrue();
        assertThat(EvidenceFit.inYear(since, "2022-01", java.util.List.of("2020"))).as("no figure of 2020").isFalse();
        assertThat(EvidenceFit.inYear("2021年，核心区GDP增长12.9%。", "2022-10", java.util.List.of("2022"))).isFalse();
    }

    @Test
    void soManyOfAKindIsACount() {
        assertThat(EvidenceFit.carries("力争到2027年，形成“三大千亿级、五个百亿级”制造业产业集群。", "", city.science.qa.question.Asked.COUNT))
            .isTrue();
        assertThat(EvidenceFit.carries("科学城加速壮大主导产业。", "", city.science.qa.question.Asked.COUNT)).isFalse();
    }

    @Test
    void teamsAndBatchesAreCountedInWordsToo() {
        // 「组建四支专业“陪跑”队伍」 answers "How many 陪跑 teams?": 支 counts teams.
        assertThat(EvidenceFit.carries("推行工业用地弹性出让、组建四支专业“陪跑”队伍等改革举措。", "", city.science.qa.question.Asked.COUNT))
            .isTrue();
        assertThat(EvidenceFit.carries("首批3支队伍进驻。", "", city.science.qa.question.Asked.COUNT)).isTrue();
    }

    @Test
    void anUntranslatedPassageNamesWhatAnEnglishQuestionAsksAboutInItsGloss() {
        // Its Chinese holds none of the question's English words; its gloss (all an
        // English question can read of it) holds most of them, as its sentence's does.
        String sentence = "1943年，多家单位联合筹建一座博物馆，参与的共有13个科研院所。";
        String gloss = "1943 year, many unit jointly prepare build one museum, take part total have 13 research "
                + "institutes.";
        SearchHit untranslated = hit("2025", sentence);
        NormalizedQuestion q = NORMALIZER
            .normalize("How many research institutions jointly prepared the museum in 1943?");
        QuestionAnalysis analysis = ANALYZER.analyze(q);

        EvidenceFit.Passage readInChinese = fit.forPassage(untranslated, analysis, q.alternatives(),
                java.util.List.of(untranslated));
        EvidenceFit.Passage readInItsGloss = fit.forPassage(untranslated, analysis, q.alternatives(),
                java.util.List.of(untranslated), Optional.of(gloss));

        assertThat(readInChinese.mismatch(sentence, Optional.of(gloss))).contains(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        assertThat(readInItsGloss.mismatch(sentence, Optional.of(gloss))).isEmpty();
    }

}
