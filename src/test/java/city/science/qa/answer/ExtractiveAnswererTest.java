package city.science.qa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.search.SearchHit;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import city.science.qa.question.Lexicon;
import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.QuestionAnalyzer;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.Language;
import city.science.qa.search.QueryTerms;
import city.science.qa.translation.Dictionaries;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The offline answer: which sentences it quotes, how it cites them, and what it says of
 * dates.
 */
class ExtractiveAnswererTest {

    private static final QueryTerms TERMS = new QueryTerms(new ChineseWords());

    private static final Glossary GLOSSARY = Glossary.load(Path.of("corpus/glossary.tsv"));

    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(TERMS,
            new AnswerProperties(5, 2, new Abstention(0.45, 0.55, 0.30, 0.50, 0.60, 0.70, 0.05), 3),
            // No suggestion is asked for in these tests, so no embedding model is loaded.
            new Suggestions(Map.of(Language.ZH, List.of(), Language.EN, List.of()), null), new Quotes(TERMS),
            new EvidenceFit(GLOSSARY), Dictionaries.GLOSS, Dictionaries.UNTRANSLATED, Dictionaries.QUERIES,
            new AnswerScorer());

    @Test
    void aHowManyQuestionQuotesTheSentenceWithTheFigureCitedAndDated() {
        Answer answer = answerer.answer("西部科学城集聚了多少家高新技术企业？", QuestionAnalysis.NONE, Language.ZH,
                List.of(Hits.highTech()));
        assertThat(answer.text()).isEqualTo("据2026年报道，邻近的西部(重庆)科学城集聚702家高新技术企业。[1]");
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.marker()).isEqualTo(1);
            assertThat(c.quote()).isEqualTo("邻近的西部(重庆)科学城集聚702家高新技术企业。");
            assertThat(c.quoteTranslation()).startsWith("The neighbouring Western (Chongqing) Science City");
        });
    }

    @Test
    void whatSomethingIsCalledIsAnsweredByTheSentenceGivingItsTitle() {
        var system = Hits.hit("p-17", "2022-01", "科学城不断完善城市公共设施，全链条人才支持政策体系不断完善。",
                "The Science City keeps improving public facilities, and its full-chain talent support policy "
                        + "system keeps improving.",
                1.0);
        var facilities = Hits.hit("p-18", "2022-01", "国际人才社区、高端人才公寓、国际学校和医院为人才安居乐业提供保障。",
                "International talent communities, talent apartments, international schools and hospitals let "
                        + "talent settle and work in peace.",
                0.95);
        var titled = Hits.hit("p-19", "2022-01", "科学城制定《西部(重庆)科学城金凤凰人才支持政策》，着力引进一批顶尖人才。",
                "The Science City issued the \"Western (Chongqing) Science City Golden Phoenix Talent Support "
                        + "Policy\" to bring in top talent.",
                0.75);
        List<SearchHit> hits = List.of(system, facilities, titled);
        assertThat(answer("科学城的人才支持政策叫什么名字？", hits).text()).contains("《西部(重庆)科学城金凤凰人才支持政策》");
        assertThat(answer("What is the talent support policy of the Science City called?", hits).text())
            .contains("Golden Phoenix Talent Support Policy");
    }

    @Test
    void anEnglishQuestionIsAnsweredFromTheAlignedTranslation() {
        Answer answer = answerer.answer("How many high-tech enterprises are in the Science City?",
                QuestionAnalysis.NONE, Language.EN, List.of(Hits.highTech()));
        assertThat(answer.language()).isEqualTo(Language.EN);
        assertThat(answer.text()).startsWith(
                "According to a 2026 report, the neighbouring Western (Chongqing) Science City has clustered 702");
        assertThat(answer.text()).endsWith("[1]");
    }

    @Test
    void anUntranslatedPassageIsQuotedInChineseForAnEnglishQuestion() {
        var untranslated = Hits.hit("p-x", "2022", "种质创制大科学中心于2022年正式运行。", null, 1.0);
        Answer answer = answerer.answer("When did the Germplasm Creation Big Science Center start operating?",
                QuestionAnalysis.NONE, Language.EN, List.of(untranslated));
        assertThat(answer.text()).contains("种质创制大科学中心").endsWith("[1]");
        assertThat(answer.citations().get(0).quoteTranslation()).isNull();
    }

    @Test
    void aFigureOrADateWithoutItsYearIsGivenTheSourcesYear() {
        assertThat(ExtractiveAnswerer.attributed("4月，重庆光大人工智能产业基地开工。", false, "2020", "4月，重庆光大人工智能产业基地开工。"))
            .isEqualTo("据2020年报道，4月，重庆光大人工智能产业基地开工。");
        assertThat(ExtractiveAnswerer.attributed("In April, construction began.", true, "2020-12", "4月，基地开工。"))
            .isEqualTo("According to a 2020 report, in April, construction began.");
        assertThat(ExtractiveAnswerer.attributed("2020年4月，基地开工。", false, "2020", "2020年4月，基地开工。"))
            .as("a date with its year needs no other")
            .isEqualTo("2020年4月，基地开工。");
        assertThat(ExtractiveAnswerer.attributed("基地开工。", false, "2020", "基地开工。")).isEqualTo("基地开工。");
        assertThat(ExtractiveAnswerer.attributed("投资约200亿元。", false, "2020", "投资约200亿元。"))
            .isEqualTo("据2020年报道，投资约200亿元。");
        assertThat(ExtractiveAnswerer.attributed("It invests about 20 billion yuan.", true, "2020-06", "投资约200亿元。"))
            .isEqualTo("According to a 2020 report, it invests about 20 billion yuan.");
        assertThat(ExtractiveAnswerer.attributed("投资约200亿元。", false, "", "投资约200亿元。")).isEqualTo("投资约200亿元。");
        assertThat(ExtractiveAnswerer.attributed("Platforms such as the Jinfeng Laboratory gather 600 researchers.",
                true, "2026", "金凤实验室等平台汇聚了600余名核心科研人员。"))
            .isEqualTo("According to a 2026 report, platforms such as the Jinfeng Laboratory gather 600 researchers.");
        assertThat(ExtractiveAnswerer.attributed("Chongqing University Town has 14 universities.", true, "2026",
                "重庆大学城汇聚了14所高校。"))
            .as("a name keeps its capital")
            .isEqualTo("According to a 2026 report, Chongqing University Town has 14 universities.");
    }

    @Test
    void atMostTheConfiguredNumberOfSentencesAreQuotedInSourceOrder() {
        var hit = Hits.hit("p-2", "2022", "核心区GDP增长12.9%。核心区规上工业产值增长15%。核心区人口增长。", null, 1.0);
        Answer answer = answerer.answer("核心区GDP和规上工业产值增长了多少？", QuestionAnalysis.NONE, Language.ZH, List.of(hit));
        assertThat(answer.text()).isEqualTo("据2022年报道，核心区GDP增长12.9%。[1]据2022年报道，核心区规上工业产值增长15%。[1]");
        assertThat(answer.citations()).hasSize(1);
    }

    @Test
    void theGroundedGateIsTheAbstentionRule() {
        assertThat(answerer.grounded(Language.ZH, new city.science.qa.search.Evidence(0.7, 0.8))).isTrue();
        assertThat(answerer.grounded(Language.ZH, new city.science.qa.search.Evidence(0.7, 0.1))).isFalse();
    }

    @Test
    void theGateRefusesOnlyWhereTheScorerIsSureOfNoSentence() {
        // A scorer sure of any sentence that states the asked figure, and of nothing
        // else.
        List<Double> weights = SentenceFeatures.NAMES.stream()
            .map(name -> name.equals("figure_asked_and_stated") ? 10.0 : 0.0)
            .toList();
        AnswerScorer scorer = new AnswerScorer(
                new AnswerScorer.Model(SentenceFeatures.NAMES, weights, -5, 0.9, 0.9, 0.01, null));
        ExtractiveAnswerer sureOfFigures = new ExtractiveAnswerer(TERMS,
                new AnswerProperties(5, 2, new Abstention(0.45, 0.55, 0.30, 0.50, 0.60, 0.70, 0.05), 3),
                new Suggestions(Map.of(Language.ZH, List.of(), Language.EN, List.of()), null), new Quotes(TERMS),
                new EvidenceFit(GLOSSARY), Dictionaries.GLOSS, Dictionaries.UNTRANSLATED, Dictionaries.QUERIES, scorer);
        var weak = new city.science.qa.search.Evidence(0.7, 0.1);
        var concert = Hits.hit("p-u", "2026", "科学城举办了一场音乐会。", "The Science City held a concert.", 1.0);
        String question = "How many high-tech enterprises are in the Science City?";

        var sure = sureOfFigures.read(question, QuestionAnalysis.NONE, Map.of(), Language.EN, List.of(Hits.highTech()));
        assertThat(sureOfFigures.grounded(weak, sure)).as("the gate's coverage alone would refuse").isTrue();
        var unsure = sureOfFigures.read(question, QuestionAnalysis.NONE, Map.of(), Language.EN, List.of(concert));
        assertThat(sureOfFigures.grounded(weak, unsure)).isFalse();
        assertThat(sureOfFigures.grounded(new city.science.qa.search.Evidence(0.7, 0.8), unsure))
            .as("the gate answers where coverage and similarity suffice")
            .isTrue();
    }

    @Test
    void aSentenceStatingTheAskedFigureInTheQuestionsWordsIsNeverQuotedAsNotTheAnswer() {
        // The fit reads 强度 narrowly; the sentence still says, in the question's own
        // words, what was asked. The page must not show "not stated" above it.
        var hit = Hits.hit("p-r", "2025-01", "2024年，高新区GDP增长7.4%，规上工业增加值增长7.8%，全社会研发投入强度达到5.5%。", null, 1.0);

        Answer answer = answer("2024年高新区全社会研发投入强度达到多少？", List.of(hit));

        assertThat(answer.text()).contains("5.5%").doesNotContain("没有写明").doesNotContain("并非所问");
        assertThat(answer.citations()).extracting(Citation::relation).containsOnly(Citation.Relation.ANSWER);
    }

    @Test
    void howLongIsAskedAsAQuantityAndAnsweredByTheDurationStated() {
        // 「多久」 asks how much time, as 「多长」 asks how much length: the scorer reads a
        // sentence stating the span as stating the asked figure.
        var hit = Hits.hit("p-t", "2025-06", "据介绍，这条线路建成后，从科学城到解放碑只需40分钟，比现在节省一半时间。", null, 1.0);
        String question = "这条线路建成后，从科学城到解放碑要多久？";

        assertThat(read(question, List.of(hit))).singleElement().satisfies(sentence -> {
            assertThat(sentence.features().figureAsked()).isTrue();
            assertThat(sentence.features().figureStated()).isTrue();
        });
        assertThat(answer(question, List.of(hit)).text()).contains("40分钟").doesNotContain("没有写明");
    }

    @Test
    void aNeighbouringYearsFigureInTheSameWordsStaysANearMiss() {
        var hit = Hits.hit("p-r", "2024-01", "2023年，高新区全社会研发投入强度达到5.1%。", null, 1.0);

        Answer answer = answer("2024年高新区全社会研发投入强度达到多少？", List.of(hit));

        assertThat(answer.text()).contains("没有写明");
        assertThat(answer.citations()).extracting(Citation::relation).containsOnly(Citation.Relation.RELATED);
    }

    @Test
    void aPartialAnswerNeverQuotesASentenceTheScorerTakesForTheAnswer() {
        // The decision and the wording come from one score: "not stated" is said only
        // when no sentence the scorer read reaches its answer threshold.
        AnswerScorer scorer = new AnswerScorer();
        var sameWordsOtherYear = Hits.hit("p-r", "2024-01", "2023年，高新区全社会研发投入强度达到5.1%。", null, 1.0);
        var statesIt = Hits.hit("p-s", "2025-01", "2024年，高新区GDP增长7.4%，规上工业增加值增长7.8%，全社会研发投入强度达到5.5%。", null, 0.9);
        String question = "2024年高新区全社会研发投入强度达到多少？";
        for (List<SearchHit> hits : List.of(List.of(sameWordsOtherYear), List.of(sameWordsOtherYear, statesIt),
                List.of(statesIt, sameWordsOtherYear))) {
            Answer answer = answer(question, hits);
            boolean anyAnswers = read(question, hits).stream()
                .anyMatch(r -> scorer.answers(r.features(), r.probability()));
            assertThat(anyAnswers).as("a sentence the scorer takes for the answer").isEqualTo(answer.grounded());
        }
        assertThat(answer(question, List.of(sameWordsOtherYear)).citations()).extracting(Citation::relation)
            .containsOnly(Citation.Relation.RELATED);
        assertThat(answer(question, List.of(sameWordsOtherYear, statesIt)).text()).contains("5.5%")
            .doesNotContain("没有写明");
    }

    private static final QuestionNormalizer NORMALIZER = new QuestionNormalizer(
            Lexicon.load(Path.of("corpus/lexicon.tsv")), GLOSSARY);

    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(GLOSSARY, TERMS);

    private List<ExtractiveAnswerer.ReadSentence> read(String question, List<SearchHit> hits) {
        NormalizedQuestion q = NORMALIZER.normalize(question);
        return answerer.readSentences(q.text(), ANALYZER.analyze(q), q.alternatives(), q.language(), hits);
    }

    private Answer answer(String question, List<city.science.qa.search.SearchHit> hits) {
        NormalizedQuestion q = NORMALIZER.normalize(question);
        return answerer.answer(q.text(), ANALYZER.analyze(q), q.alternatives(), q.language(), hits);
    }

    @Test
    void aFigureAtSeveralDatesIsOneDatedLinePerSourceOldestFirst() {
        var later = Hits.hit("p-b", "2022-10", "启动建设至今，科学城核心区已成功引进招商项目317个，合同投资额3141.9亿元。", null, 1.0);
        var earlier = Hits.hit("p-a", "2020-12", "截至11月底，科学城已实现91个项目正式签约、正式合同投资额1173.4亿元。", null, 0.95);
        Answer a = answer("科学城签约项目的合同投资额这几年是怎么变化的？", List.of(later, earlier));
        assertThat(a.grounded()).isTrue();
        assertThat(a.text()).isEqualTo("- 据2020年12月报道：截至11月底，科学城已实现91个项目正式签约、正式合同投资额1173.4亿元。 [1]\n"
                + "- 据2022年10月报道：启动建设至今，科学城核心区已成功引进招商项目317个，合同投资额3141.9亿元。 [2]");
        assertThat(a.citations()).extracting(Citation::published).containsExactly("2020-12", "2022-10");
    }

    /**
     * The first hit, two passages counting other things, then the last hit: what the
     * answerer must read past the first passages to find.
     */
    private static List<SearchHit> withOtherCountsBetween(SearchHit first, SearchHit last) {
        return List.of(first, Hits.hit("p-o", "2022-01", "科学城核心区市级孵化器增至16个。", null, 0.9),
                Hits.hit("p-o2", "2022-03", "科学城核心区重点实验室增至92个。", null, 0.85), last);
    }

    @Test
    void overTimeADatedFigureMayComeFromAnyPassageRetrievalKept() {
        var earlier = Hits.hit("p-a", "2020-12", "截至11月底，科学城已实现91个项目正式签约。", null, 1.0);
        var later = Hits.hit("p-b", "2022-10", "启动建设至今，科学城核心区已成功引进签约招商项目317个。", null, 0.8);
        Answer a = answer("签约项目数从2020年到2022年涨了多少？", withOtherCountsBetween(earlier, later));
        assertThat(a.text()).contains("91个项目", "317个").doesNotContain("16个", "92个");
    }

    @Test
    void aTimelineLineGivesTheFigureAsItStoodByItsDateNotWhatOneDayAdded() {
        var oneDay = Hits.hit("p-d", "2020-12", "就在8月，西部(重庆)科学城招商引资“百日攻坚”收官。收官当日，29个项目集中签约，涵盖了四大高新区主导产业，投资总额达303.1亿元。",
                null, 1.0);
        var byThen = Hits.hit("p-a", "2020-12", "截至11月底，已实现91个项目正式签约、正式合同投资额1173.4亿元。如今的西部(重庆)科学城，新兴产业、重点项目随处可见。", null,
                0.6);
        var later = Hits.hit("p-b", "2022-10", "启动建设至今，科学城核心区已成功引进签约招商项目317个。", null, 0.9);
        Answer a = answer("科学城签约的项目数量这几年怎么变化？",
                List.of(oneDay, later, Hits.hit("p-o", "2022-01", "科学城核心区市级孵化器增至16个。", null, 0.9),
                        Hits.hit("p-o2", "2022-03", "科学城核心区重点实验室增至92个。", null, 0.85), byThen));
        assertThat(a.text()).contains("91个项目", "317个").doesNotContain("29个项目");
    }

    @Test
    void aGoalAnswersAQuestionAboutThePresentOnlyWhenNoFactDoes() {
        var goal = Hits.hit("p-t", "2022-10", "到2025年，科学城软件业务收入将达800亿元，软件企业达2000家。", null, 1.0);
        var fact = Hits.hit("p-f", "2023-09", "截至目前，科学城累计形成软件产业载体154万平方米，软件企业1301家。", null, 0.8);
        Answer now = answer("科学城现在有多少家软件企业？", withOtherCountsBetween(goal, fact));
        assertThat(now.text()).contains("1301家").doesNotContain("2000家");
        Answer planned = answer("到2025年科学城计划有多少家软件企业？", withOtherCountsBetween(goal, fact));
        assertThat(planned.text()).contains("2000家");
        assertThat(answer("科学城现在有多少家软件企业？", List.of(goal)).text()).contains("2000家");
        Answer wanted = answer("科学城想要多少家软件企业？", withOtherCountsBetween(goal, fact));
        assertThat(wanted.text()).as("wanting is asking for the goal").contains("2000家");
    }

    @Test
    void aSentenceReadDeeperThatAnswersFarBetterAnswersInstead() {
        var plan = Hits.hit("p-p", "2023-09", "我们正在联合编制《成渝综合性科学中心建设方案》，力争今年内正式上报科技部。",
                "We are jointly drafting the construction plan and aim to submit it to the Ministry of Science "
                        + "and Technology within this year.",
                1.0);
        var other = Hits.hit("p-o", "2023-09", "科技创新，是高质量发展的强大驱动力。",
                "Scientific and technological innovation is a strong driving force of high-quality development.", 0.95);
        var other2 = Hits.hit("p-o2", "2022-01", "科学城核心区重点实验室增至92个。",
                "The core area's key laboratories increased to 92.", 0.94);
        var built = Hits.hit("p-b", "2020-12", "西部(重庆)科学城到2035年将全面建成具有全国影响力的科技创新中心核心区。",
                "The Western (Chongqing) Science City will by 2035 be fully built as the core area of a science "
                        + "and technology innovation centre with national influence.",
                0.9);
        Answer a = answer("By when will the 科学城 be fully built as a 科技创新中心 core area?",
                List.of(plan, other, other2, built));
        assertThat(a.text()).contains("2035").doesNotContain("within this year");
        Answer near = answer("By when will the plan be submitted?", List.of(plan, other, other2, built));
        assertThat(near.text()).as("a first passage that answers well keeps answering").contains("within this year");
    }

    @Test
    void whenNothingFitsTheAnswerSaysSoAndCitesTheClosestAsRelated() {
        var growth = Hits.hit("p-g", "2026", "2025年，西部科学城重庆高新区实现地区生产总值同比增长6.8%。",
                "In 2025, the regional GDP of the Chongqing High-tech Zone grew 6.8% year on year.", 1.0);
        Answer a = answer("What was the Science City's GDP in 2023 in yuan?", List.of(growth));
        assertThat(a.grounded()).isFalse();
        assertThat(a.text()).startsWith("The articles do not state this for 2023. The closest they report (related, "
                + "not the answer): According to a 2026 report, in 2025, the regional GDP");
        assertThat(a.citations()).singleElement()
            .satisfies(c -> assertThat(c.relation()).isEqualTo(Citation.Relation.RELATED));
        Answer zh = answer("成都高新区有多少家高新技术企业？",
                List.of(Hits.hit("p-h", "2026", "邻近的西部(重庆)科学城集聚702家高新技术企业。", null, 1.0)));
        assertThat(zh.text()).startsWith("现有资料没有写明成都的这一信息");
    }

    @Test
    void ofTwoCountsOfPeopleTheOneOfWhatWasAskedAnswers() {
        var youth = Hits.hit("p-y", "2026", "2025年，科学城新增青年就业1.5万人次。",
                "In 2025, the Science City added 15,000 jobs for young people.", 1.0);
        var software = Hits.hit("p-s", "2023-09", "科学城累计形成软件企业1301家，软件人才16963人。",
                "The Science City has 1,301 software companies and 16,963 software professionals.", 0.9);
        Answer a = answer("How many people work in 软件 in the Science City?", List.of(youth, software));
        assertThat(a.text()).contains("16,963").doesNotContain("15,000");
    }

    @Test
    void ofTwoFiguresTheOneNamingMoreOfWhatWasAskedIsKept() {
        var hit = Hits.hit("p-t", "2022-01", "在西部(重庆)科学城的规划图中，东西向隧道达36条，但这个数字，只是科学城在建项目的1/10左右。"
                + "自2020年启动建设至今，这座现代化新城已初具规模：34个国内高校及科研院所签约落地、300多个建设项目全速推进。", null, 1.0);
        Answer a = answer("科学城现在同时在建的项目有好多个？", List.of(hit));
        assertThat(a.text()).contains("300多个建设项目");
    }

    @Test
    void ofTwoSentencesTheOneNamingWhatWasAskedInTheCorpusWordsAnswers() {
        var platforms = Hits.hit("p-n", "2020", "科学城推出一批大科学装置。", null, 1.0);
        var incubators = Hits.hit("p-k", "2021", "科学城推出一批孵化器。", null, 0.99);
        var finance = Hits.hit("p-f", "2022", "科学城推出“高新贷”、种子基金等系列金融服务。", null, 0.99);
        Answer a = answer("科学城推出了哪些贷款？", List.of(platforms, incubators, finance));
        assertThat(a.text()).as("the articles call loans 金融服务").contains("高新贷");
    }

    @Test
    void aSentenceThatDoesNotBearOnTheQuestionIsNotAppended() {
        var hit = Hits.hit("p-i", "2023-09", "目前，科学城核心区已累计引育省部级以上创新平台328个。启动建设至今，科学城核心区合同投资额3141.9亿元。", null, 1.0);
        Answer a = answer("科学城核心区的合同投资额是多少？", List.of(hit));
        assertThat(a.text()).contains("3141.9亿元").doesNotContain("328");
    }

    @Test
    void anUntranslatedSentenceIsHeldToTheQuestionWordsTheDictionaryFindsInIt() {
        String sentence = "区内17家企业的23个校企联合人才培养项目获批。";
        String confirmed = ExtractiveAnswerer.confirmed(Dictionaries.QUERIES.of("How many companies are here?"),
                sentence);
        assertThat(confirmed).contains("companies").doesNotContain("here");
    }

    @Test
    void anEnglishAnswerFromAnUntranslatedPassageNamesWhatWasAskedAbout() {
        var unrelated = Hits.hit("p-a", "2022-01", "目前，科学城核心区市级以上重点实验室增至92个，市级孵化器增至16个。", null, 1.0);
        var gold = Hits.hit("p-b", "2022-01", "自2020年启动建设至今，34个国内高校及科研院所签约落地、300多个建设项目全速推进。", null, 0.9);
        Answer a = answer("How many universities and research institutes have signed up to set up in the Science City?",
                List.of(unrelated, gold));
        assertThat(a.text()).contains("34").doesNotContain("92");
    }

}
