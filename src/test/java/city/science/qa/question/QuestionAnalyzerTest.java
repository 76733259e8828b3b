package city.science.qa.question;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import city.science.qa.search.QueryTerms;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Stage 3: what a question asks, about what, and under which constraints. */
class QuestionAnalyzerTest {

    private static final Glossary GLOSSARY = Glossary.load(Path.of("corpus/glossary.tsv"));

    private static final QuestionNormalizer NORMALIZER = new QuestionNormalizer(
            Lexicon.load(Path.of("corpus/lexicon.tsv")), GLOSSARY);

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(GLOSSARY, new QueryTerms(new ChineseWords()));

    private QuestionAnalysis analyze(String question) {
        return analyzer.analyze(NORMALIZER.normalize(question));
    }

    @Test
    void theKindOfAnswerIsRecognisedInBothLanguages() {
        assertThat(analyze("西部科学城集聚了多少家高新技术企业？").asked()).isEqualTo(Asked.COUNT);
        assertThat(analyze("How much contracted investment has the core area attracted?").asked())
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("2025年高新区GDP涨了多少？").asked()).isEqualTo(Asked.PERCENTAGE);
        assertThat(analyze("百日攻坚签约的项目涵盖几大主导产业？").asked()).as("几大: how many of a kind").isEqualTo(Asked.COUNT);
        assertThat(analyze("西永综保区贡献了全市多少外贸进出口值？").asked()).isEqualTo(Asked.SHARE);
        assertThat(analyze("西永综保区给全市外贸贡献了多少？").asked()).isEqualTo(Asked.SHARE);
        assertThat(analyze("How much of Chongqing's chip output is made in the Science City?").asked())
            .isEqualTo(Asked.SHARE);
        assertThat(analyze("By what percentage did the zone's GDP grow in 2025?").asked()).as("a growth rate")
            .isEqualTo(Asked.PERCENTAGE);
        assertThat(analyze("What percentage of Chongqing's foreign trade does the bonded zone handle?").asked())
            .isEqualTo(Asked.SHARE);
        assertThat(analyze("What is the planned area of the Science City?").asked()).isEqualTo(Asked.AREA);
        assertThat(analyze("When was the China-Singapore (Chongqing) data channel opened?").places())
            .as("a pair of places names a partnership, not a place")
            .isEmpty();
        assertThat(analyze("How much did Singapore invest in the Science City?").places()).containsExactly("新加坡");
        assertThat(analyze("新馆占地多少亩？").asked()).as("占地 covers land: an area, not a share").isEqualTo(Asked.AREA);
        assertThat(analyze("新馆面积占全市的多少？").asked()).isEqualTo(Asked.SHARE);
        assertThat(analyze("西永综保区的land面积不到全市多少？").asked()).as("less than what part of the city's area")
            .isEqualTo(Asked.SHARE);
        assertThat(analyze("种质创制大科学中心是哪天开始运行的？").asked()).isEqualTo(Asked.DATE);
        assertThat(analyze("Who is the partner behind the planned medical isotope base?").asked())
            .as("a partner is a company")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("光大AI基地要build谁的全球总部？").asked()).as("a headquarters is a company's")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("Whose global headquarters will the base build?").asked()).isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("What annual revenue does the software park earn?").asked()).as("a yearly amount")
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("When did phase II of the Science Valley break ground?").events())
            .containsExactly(QuestionAnalysis.Event.STARTED);
        assertThat(analyze("When did they start building it?").events())
            .containsExactly(QuestionAnalysis.Event.STARTED);
        assertThat(analyze("When was the plan approved?").events()).containsExactly(QuestionAnalysis.Event.APPROVED);
        assertThat(QuestionAnalysis.Event.OPENED.toldIn("2019年9月，中新(重庆)国际互联网数据专用通道正式开通。")).as("开通 opens a line")
            .isTrue();
        assertThat(QuestionAnalysis.Event.OPENED.toldIn("新馆于2015年开馆。")).isTrue();
        assertThat(analyze("When did the China National Uranium deal get signed?").subjects()).contains("国核铀业发展有限责任公司");
        assertThat(analyze("市场监管局派谁去企业实地调研了？").asked()).as("a body sends a body").isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("谁去企业实地调研了？").asked()).as("who went, with no body sending").isEqualTo(Asked.PERSON);
        assertThat(analyze("金凤实验室已经把新分子deliver给谁了？").asked()).as("an English verb of giving")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("Who set the 最高纪录 for IP pledge financing in the Science City?").asked())
            .as("a record named in Chinese is a company's")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("王晓鹏住在哪个高新区？").subjects()).as("a name asked with which is asked, not the subject").isEmpty();
        assertThat(analyze("Which high-tech zone does Wang Xiaopeng live in?").subjects()).isEmpty();
        assertThat(analyze("王晓鹏在高新区工作吗？").subjects()).containsExactly("西部科学城重庆高新区");
        assertThat(analyze("Who founded the Jialing River Laboratory?").asked()).isEqualTo(Asked.PERSON);
        assertThat(analyze("金凤实验室的核心任务是什么？").asked()).isEqualTo(Asked.DEFINITION);
        assertThat(analyze("How large was the first development fund?").asked()).isEqualTo(Asked.AMOUNT);
        assertThat(analyze("What was the 投资总额 of the projects signed when the 百日攻坚 ended?").asked())
            .as("an amount named in Chinese")
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("What was the total 投资 of the projects signed when the 百日攻坚 closed?").asked())
            .as("a total of what Chinese calls the investment")
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("By when will the 科学城 be fully built as a 科技创新中心 core area?").asked()).isEqualTo(Asked.DATE);
        assertThat(analyze("How many 工作日 did it take to finish Seres's pledge financing?").asked())
            .as("working days named in Chinese are a span of time")
            .isEqualTo(Asked.DURATION);
        assertThat(analyze("在成都拿营业执照要等多久？").asked()).isEqualTo(Asked.DURATION);
        assertThat(analyze("How long did it take to get the licence?").asked()).isEqualTo(Asked.DURATION);
        assertThat(analyze("Within how many years does the team aim to build its cluster?").asked())
            .isEqualTo(Asked.DURATION);
        assertThat(analyze("团队计划几年内建成产业集群？").asked()).isEqualTo(Asked.DURATION);
        assertThat(analyze("How long is the tunnel?").asked()).as("a length, not a span of time")
            .isNotEqualTo(Asked.DURATION);
        assertThat(analyze("Who received the first AI-designed molecule?").asked()).isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("Who teamed up with the 成都职业技术学院 to form the trade 职教集团?").asked()).as("a partner")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("Who signed the medical isotope deal with the Science City?").asked()).as("a deal's party")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("谁和科学城签约建医用同位素基地？").asked()).isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("科学城的知识产权质押融资最高纪录是谁创的？").asked()).as("a record is a company's")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("成渝综合性科学中心的建设方案是和谁联合编制的？").asked()).as("a partner").isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("赛力斯那笔知识产权质押融资是谁帮忙办的？").asked()).as("a helper of a company").isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("Who did the Science City sign the isotope deal with?").asked()).as("a partner")
            .isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("What does the China Natural Population Biobank do?").asked())
            .as("a name's words do not ask: Population")
            .isNotEqualTo(Asked.COUNT);
        assertThat(analyze("What was the tally of high-tech enterprises?").asked()).isEqualTo(Asked.COUNT);
        assertThat(analyze("Has the Science City's GDP growth slowed down?").overTime()).isTrue();
        assertThat(analyze("What was the park's foreign trade value in the first half?").asked())
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("新型研发机构的revenue累计有多少？").asked()).as("an English money word in a Chinese question")
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("科学城有多少家tech-based企业？").attributes())
            .as("an English word in a Chinese question, whose corpus words the lexicon knows, is what it asks about")
            .contains("tech-based");
        assertThat(analyze("How many clusters worth 100 billion yuan does the plan target?").attributes())
            .as("words of asking for a goal or a value")
            .doesNotContain("worth", "target");
        assertThat(analyze("科学城的合同投资额比起2020年底多了多少？").yearsInScope()).as("since 2020")
            .startsWith("2020", "2021", "2022", "2023");
        assertThat(analyze("Track the contracted investment from 2020 to 2022.").yearsInScope()).containsExactly("2020",
                "2021", "2022");
        assertThat(analyze("2021年科学城核心区GDP增长多少？").yearsInScope()).containsExactly("2021");
        assertThat(analyze("西永综保区的土地面积不到重庆的多少？").asked()).as("a share of an area").isEqualTo(Asked.SHARE);
        assertThat(analyze("第二次联席会议是什么时候在哪里开的？").attributes()).as("words that only ask").doesNotContain("时候", "哪里");
        assertThat(analyze("What will the 科学谷 focus on once built (聚焦什么)?").attributes())
            .as("Chinese words of asking in an English question")
            .contains("聚焦")
            .doesNotContain("聚焦什么");
    }

    @Test
    void askingWhatSomethingIsCalledDoesNotAskAboutANameAttribute() {
        assertThat(analyze("科学城的人才政策叫什么名字？").attributes()).contains("人才").doesNotContain("名字");
        assertThat(analyze("这个产业格局的名称是什么？").attributes()).doesNotContain("名称");
    }

    @Test
    void coreAreaIsANameNotAQuestionAboutAnArea() {
        assertThat(analyze("How many projects has the Science City core area attracted?").asked())
            .isEqualTo(Asked.COUNT);
    }

    @Test
    void yearsPlacesAndEventsConstrainTheAnswer() {
        QuestionAnalysis chengdu = analyze("成都高新区有多少家高新技术企业？");
        assertThat(chengdu.places()).containsExactly("成都");
        assertThat(chengdu.attributes()).contains("高新技术企业");
        assertThat(analyze("What was the Science City's GDP in 2023 in yuan?").years()).containsExactly("2023");
        assertThat(analyze("When will the Science Valley be completed?").events())
            .containsExactly(QuestionAnalysis.Event.COMPLETED);
        assertThat(analyze("Who founded the Jialing River Laboratory?").events())
            .containsExactly(QuestionAnalysis.Event.FOUNDED);
    }

    @Test
    void chengduChongqingIsThePairOfCitiesNotAnotherPlace() {
        assertThat(analyze("How many key projects are on the Chengdu-Chongqing list?").places()).isEmpty();
    }

    @Test
    void chongqingAndChengduNamedTogetherAreThePair() {
        assertThat(analyze("What are the \"six ones\" agreed by the Chongqing and Chengdu high-tech zones?").places())
            .isEmpty();
        assertThat(analyze("What was the GDP growth of the Chengdu High-tech Zone in 2025?").places())
            .containsExactly("成都");
    }

    @Test
    void aShareOfTheCityIsAShareAndGrowthAPercentage() {
        assertThat(analyze("西永综保区2022年贡献了全市多少外贸进出口值？").asked()).isEqualTo(Asked.SHARE);
        assertThat(analyze("2021年核心区地区生产总值同比增长是多少？").asked()).isEqualTo(Asked.PERCENTAGE);
    }

    @Test
    void anEnglishWordBesideChineseStillSaysWhatIsAsked() {
        // Java's \b takes Han for part of the word: "rate" in 「rate是多少」 has no edge.
        assertThat(analyze("2021年科学城核心区的GDP growth rate是多少？").asked()).isEqualTo(Asked.PERCENTAGE);
        assertThat(analyze("2022年前三季度核心区的GDP growth rate在全市排名如何？").asked()).as("a rank, not a rate")
            .isEqualTo(Asked.OTHER);
    }

    @Test
    void howLargeAFundIsIsAnAmount() {
        assertThat(analyze("How large was the first Chengdu-Chongqing development fund?").asked())
            .isEqualTo(Asked.AMOUNT);
    }

    @Test
    void namedInstitutionsMustBeWhatTheAnswerIsAbout() {
        assertThat(analyze("嘉陵江实验室有多少名核心科研人员？").specific()).containsExactly("嘉陵江实验室");
    }

    @Test
    void aQuestionAboutChangeIsOverTime() {
        assertThat(analyze("科学城GDP增速这几年有什么变化？").overTime()).isTrue();
        assertThat(analyze("新签约项目里哪类项目的占比比较大？").overTime()).as("比较大 is rather large, no comparison").isFalse();
        assertThat(analyze("How has GDP growth changed over the years?").overTime()).isTrue();
        assertThat(analyze("科学城规划面积多大？").overTime()).isFalse();
        assertThat(analyze("这两年科学城引进的项目多了多少个？").overTime()).isTrue();
    }

    @Test
    void withoutItsWordsOfChangeAQuestionNamesItsFigure() {
        assertThat(QuestionAnalyzer.withoutChange("科学城签约的项目数量这几年怎么变化？")).isEqualToIgnoringWhitespace("科学城签约的项目数量怎么？");
        assertThat(QuestionAnalyzer.withoutChange("How has the contracted investment changed over the years?"))
            .isEqualToNormalizingWhitespace("How has the contracted investment ?");
    }

    @Test
    void wordsOfChangeSayHowToAnswerNotWhatAbout() {
        assertThat(analyze("How has the number of key laboratories changed over the years?").attributes())
            .doesNotContain("changed", "years", "over");
        assertThat(analyze("Compare software revenue with the trend.").attributes()).doesNotContain("compare", "trend");
        assertThat(analyze("科学城重点实验室数量这几年怎么变化？").attributes()).doesNotContain("变化", "这几年");
    }

    @Test
    void verbsOfAGoalSayWhichFigureOnlyByItsDate() {
        assertThat(analyze("How large a software workforce does the Science City aim for by 2025?").attributes())
            .contains("software", "workforce")
            .doesNotContain("aim");
    }

    @Test
    void growthIsTheKindOfFigureNotWhichFigure() {
        assertThat(analyze("2021年科学城核心区GDP同比增长多少？").attributes()).containsExactly("地区生产总值");
        assertThat(analyze("What was the GDP growth rate in 2021?").attributes()).containsExactly("地区生产总值");
    }

    @Test
    void aCountIsOfTheThingsItsMeasureWordCounts() {
        assertThat(analyze("金凤实验室有多少名科研人员？").units()).containsExactly("名", "人", "位", "人次");
        assertThat(analyze("How many software companies are there?").units()).containsExactly("家", "个");
        assertThat(analyze("科学城有多少个项目？").units()).isEmpty();
        assertThat(analyze("科学城规划面积多大？").units()).isEmpty();
    }

    @Test
    void howManyOfSomethingIsACountWhateverElseItNames() {
        assertThat(analyze("For how many quarters in a row has the zone grown faster than 6%?").asked())
            .isEqualTo(Asked.COUNT);
        assertThat(analyze("增长了多少个百分点？").asked()).isEqualTo(Asked.PERCENTAGE);
    }

    @Test
    void whichAcademicianAsksForAPerson() {
        assertThat(analyze("Which academician's team moved there in April?").asked()).isEqualTo(Asked.PERSON);
        assertThat(analyze("哪个院士团队落户了科学城？").asked()).isEqualTo(Asked.PERSON);
    }

    @Test
    void twoYearsJoinedAskAboutChangeAndAVerbOfChangeThenDoesNotAskForAPercentage() {
        QuestionAnalysis investment = analyze("How did the contracted investment grow from 2020 to 2022?");
        assertThat(investment.overTime()).isTrue();
        assertThat(investment.asked()).isEqualTo(Asked.AMOUNT);
        QuestionAnalysis projects = analyze("签约项目数从2020年到2022年涨了多少？");
        assertThat(projects.overTime()).isTrue();
        assertThat(projects.asked()).isEqualTo(Asked.COUNT);
        assertThat(analyze("科学城GDP增速2021年和2025年比起来怎么样？").asked()).isEqualTo(Asked.PERCENTAGE);
        assertThat(analyze("How much did exports grow in 2022?").overTime()).isFalse();
    }

    @Test
    void howMuchOfSomethingIsAShareAndItsWordsOfShareAreNotAttributes() {
        QuestionAnalysis land = analyze("How much of the city's land does the Xiyong bonded zone take up?");
        assertThat(land.asked()).isEqualTo(Asked.SHARE);
        assertThat(land.attributes()).contains("land").doesNotContain("city", "take");
        assertThat(analyze("What proportion of Chongqing's imports went through the bonded zone?").attributes())
            .doesNotContain("proportion", "chongqing", "went", "through");
    }

    @Test
    void startingProductionAndBeginningConstructionAreEventsADateMustBelongTo() {
        assertThat(analyze("When will the medical isotope base start production?").events())
            .containsExactly(QuestionAnalysis.Event.PRODUCTION);
        assertThat(analyze("When did construction of the Science City begin?").events())
            .containsExactly(QuestionAnalysis.Event.STARTED);
    }

    @Test
    void howLargeAnIndustryOrClusterIsIsAnAmount() {
        assertThat(analyze("How large are the industrial clusters the Science City wants to form?").asked())
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("How large is the Science City?").asked()).isEqualTo(Asked.AREA);
    }

    @Test
    void aShareIsAskedBeforeWhatItIsAShareOf() {
        assertThat(analyze("西永综保区的土地面积占全市多少？").asked()).isEqualTo(Asked.SHARE);
        assertThat(analyze("西永综保区用了全市多少land？").asked()).isEqualTo(Asked.SHARE);
        assertThat(analyze("西永综保区用了全市多少的land面积？").asked()).as("a share of an area").isEqualTo(Asked.SHARE);
        assertThat(analyze("西永综保区的土地面积有多大？").asked()).isEqualTo(Asked.AREA);
        assertThat(analyze("科学谷落户了哪个储能研究院？").asked()).isEqualTo(Asked.ORGANISATION);
    }

    @Test
    void whichKindOfBodyOrPlaceAsksForOneNotForAList() {
        assertThat(analyze("In which 研究院 did the 园林科技创新中心 get its plaque?").asked()).isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("Which institute was unveiled in May?").asked()).isEqualTo(Asked.ORGANISATION);
        assertThat(analyze("Which city hosted the second 联席会议 of the two zones?").asked()).isEqualTo(Asked.PLACE);
        assertThat(analyze("Which industries does the fund invest in?").asked()).isEqualTo(Asked.LIST);
        assertThat(analyze("金凤软件园已经有哪几家software龙头？").asked()).as("哪几家 are which ones, not how many")
            .isEqualTo(Asked.LIST);
        assertThat(analyze("金凤软件园已经有几家软件龙头？").asked()).isEqualTo(Asked.COUNT);
    }

    @Test
    void aPlaceThatOnlyStartsAnInstitutionsNameIsNoPlaceAsked() {
        assertThat(analyze("Who teamed up with the 成都职业技术学院 to form the trade 职教集团?").places()).isEmpty();
        assertThat(analyze("成都高新区有多少家高新技术企业？").places()).containsExactly("成都");
        assertThat(analyze("Does Chengdu host a university town too?").places()).containsExactly("成都");
        assertThat(analyze("How many universities are in the Chengdu University Town?").places()).as("no institution")
            .containsExactly("成都");
    }

    @Test
    void nowAsksForTheFigureAsItStands() {
        assertThat(analyze("How many 软件企业 does the Science City have now?").current()).isTrue();
        assertThat(analyze("核心区的市级孵化器现在有几个？").current()).isTrue();
        assertThat(analyze("How many software companies will the Science City have by 2025?").current()).isFalse();
    }

    @Test
    void aCountSaysWhatItCounts() {
        assertThat(analyze("How many east-west tunnels are in the plan?").counted()).containsExactly("tunnels");
        assertThat(analyze("How many 软件人才 work in the Science City?").counted()).as("a Chinese noun before its verb")
            .containsExactly("软件人才");
        assertThat(analyze("英才大会上科学城跟多少个毕业生谈好了工作？").counted()).as("the thing counted ends at its verb")
            .containsExactly("毕业生");
        assertThat(analyze("科学谷建好以后能提供多少office楼宇？").counted()).as("an English word before the Chinese one")
            .containsExactly("楼宇");
        assertThat(analyze("大学城有多少scientists和技术人员？").counted()).as("not the second of two things counted")
            .doesNotContain("和技术人员");
        assertThat(analyze("How many new deals did the core area sign?").counted()).containsExactly("deals");
        assertThat(analyze("How many key actions and tasks does the plan set out?").counted())
            .containsExactly("actions", "tasks");
        assertThat(analyze("成渝那个重点项目清单里有几个项目？").counted()).containsExactly("项目");
        assertThat(analyze("How many \"accompanying\" service teams did the zone set up?").counted())
            .as("a quoted name among the words (as the glossary writes 陪跑 into the question)")
            .containsExactly("teams");
        // A measure word binds it already: 家 is a company.
        assertThat(analyze("科学城有多少家高新技术企业？").counted()).isEmpty();
    }

    @Test
    void aPriceRentOrSalaryIsAnAmountOfMoney() {
        assertThat(analyze("What is the average office rent in the Science Valley?").asked()).isEqualTo(Asked.AMOUNT);
        assertThat(analyze("科学城写字楼租金多少？").asked()).isEqualTo(Asked.AMOUNT);
        assertThat(analyze("What do software engineers earn as salaries there?").asked()).isEqualTo(Asked.AMOUNT);
    }

    @Test
    void whatTheRevenueWasIsAnAmount() {
        assertThat(analyze("What was the Science City's software revenue in 2021?").asked()).isEqualTo(Asked.AMOUNT);
        assertThat(analyze("What was the total investment of the projects signed in August?").asked())
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("What investment did the 100-day campaign bring in total?").asked()).as("what + money noun")
            .isEqualTo(Asked.AMOUNT);
    }

    @Test
    void whenInTheMiddleOfAQuestionJoinsClausesItDoesNotAskForADate() {
        assertThat(analyze("What was the total investment of the projects signed when the drive closed?").asked())
            .isEqualTo(Asked.AMOUNT);
        assertThat(analyze("When did the Jinfeng Laboratory open?").asked()).isEqualTo(Asked.DATE);
        assertThat(analyze("And when did it open?").asked()).isEqualTo(Asked.DATE);
    }

    @Test
    void aNumberOfThingsIsACount() {
        assertThat(analyze("科学城签约的项目数量这几年怎么变化？").asked()).isEqualTo(Asked.COUNT);
    }

    @Test
    void englishAttributesAreWordsNotStems() {
        assertThat(analyze("How many key projects are on the list?").attributes()).contains("key", "projects", "list")
            .doesNotContain("mani", "ar", "many", "are");
    }

    @Test
    void aCountSaysWhichOfTheCountedThingsByTheWordsBeforeItsHead() {
        assertThat(analyze("How many software companies did the Science City have in 2020?").qualifiers())
            .containsExactly("software");
        assertThat(analyze("科学城有多少家上市公司？").qualifiers()).containsExactly("上市");
        assertThat(analyze("科学城聚集了多少家科技型的companies？").qualifiers())
            .as("the Chinese words before an English head say which")
            .containsExactly("科技");
        assertThat(analyze("How many smart EV companies have clustered in the Science City?").qualifiers())
            .contains("ev");
        assertThat(analyze("How many of the listed key projects are about innovation?").qualifiers()).isEmpty();
        assertThat(analyze("How many key tasks does the action plan contain?").qualifiers()).isEmpty();
        assertThat(analyze("大学城有多少所高校？").qualifiers()).isEmpty();
        assertThat(analyze("How many people should work in 软件 by 2025?").qualifiers())
            .as("a modal verb ends what is counted and says nothing of which figure")
            .isEmpty();
        assertThat(analyze("How many people should work in 软件 by 2025?").attributes()).doesNotContain("should");
    }

    @Test
    void aChineseWordOfAnEnglishQuestionIsAnAttributeAtTwoCharacters() {
        assertThat(analyze("How many people work in 软件 in the Science City?").attributes()).contains("软件")
            .doesNotContain("people");
    }

    @Test
    void aFollowUpAskingItsOwnQuestionIsNotBoundToTheEarlierHalfYear() {
        NormalizedQuestion typed = NORMALIZER.normalize("Which academician's team moved there in April?");
        NormalizedQuestion standalone = NORMALIZER.normalize(
                "How fast did the car industry grow in the first half? Which academician's team moved there in April?");
        assertThat(analyzer.analyze(standalone).partOfYear()).contains(new PartOfYear(1, 6));
        assertThat(analyzer.analyze(typed, standalone).partOfYear()).isEmpty();
        NormalizedQuestion and = NORMALIZER.normalize("And in 2022?");
        NormalizedQuestion growth = NORMALIZER
            .normalize("How fast did the car industry grow in the first half? And in 2022?");
        assertThat(analyzer.analyze(and, growth).partOfYear()).contains(new PartOfYear(1, 6));
    }

    @Test
    void overTimeAQuestionWithoutWordsOfAFigureAsksForTheFigureItNames() {
        assertThat(analyze("How has the contracted investment of the Science City's projects changed over the years?")
            .asked()).isEqualTo(Asked.AMOUNT);
        assertThat(analyze("科学城签约的项目数量这几年怎么变化？").asked()).isEqualTo(Asked.COUNT);
    }

    @Test
    void peopleDescribedByWhatTheyDoAreCountedInPeople() {
        assertThat(analyze("大学城有多少搞科研的人？").units()).contains("名", "人");
        assertThat(analyze("大学城有多少所高校？").units()).doesNotContain("名", "人");
    }

    @Test
    void howBigAsksForAFigureOfWhatItNamesNotForThePlannedArea() {
        QuestionAnalysis cluster = analyze("How big is the leading industry cluster the Science City wants to form?");
        assertThat(cluster.subjects()).doesNotContain("规划面积");
        assertThat(cluster.attributes()).contains("leading", "cluster").doesNotContain("big", "规划面积");
        assertThat(analyze("What is the size of the Science City's planning footprint?").attributes())
            .doesNotContain("size");
    }

    @Test
    void aFollowUpAsksItsOwnKindAboutTheEarlierSubject() {
        NormalizedQuestion typed = NORMALIZER.normalize("And in 2021?");
        NormalizedQuestion standalone = NORMALIZER
            .normalize("What was the GDP growth of the High-tech Zone? And in 2021?");
        QuestionAnalysis a = analyzer.analyze(typed, standalone);
        assertThat(a.asked()).isEqualTo(Asked.PERCENTAGE);
        assertThat(a.years()).containsExactly("2021");
    }

    @Test
    void aFollowUpWithNoWordsOfAskingAsksWhatTheEarlierQuestionAsked() {
        NormalizedQuestion typed = NORMALIZER.normalize("那科技人员呢？");
        NormalizedQuestion standalone = NORMALIZER.normalize("重庆大学城 那科技人员呢？");
        NormalizedQuestion earlier = NORMALIZER.normalize("重庆大学城有多少所高校？");
        assertThat(analyzer.analyze(typed, standalone).asked()).isEqualTo(Asked.OTHER);
        assertThat(analyzer.analyze(typed, standalone, java.util.Optional.of(earlier)).asked()).isEqualTo(Asked.COUNT);
        NormalizedQuestion which = NORMALIZER.normalize("那里有什么？");
        assertThat(analyzer.analyze(which, NORMALIZER.normalize("科学谷 那里有什么？"), java.util.Optional.of(earlier)).asked())
            .as("words of asking of its own")
            .isNotEqualTo(Asked.COUNT);
        NormalizedQuestion when = NORMALIZER.normalize("那它什么时候成立的？");
        assertThat(analyzer.analyze(when, NORMALIZER.normalize("金凤实验室 那它什么时候成立的？"), java.util.Optional.of(earlier))
            .asked()).as("its own words of asking come first").isEqualTo(Asked.DATE);
    }

}
