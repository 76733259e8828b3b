package city.science.qa.question;

import city.science.qa.corpus.Glossary;
import city.science.qa.search.Language;
import city.science.qa.search.QueryTerms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Stage 2, analyze: what a normalized question asks for, the names it is about, and the
 * years, places and events it is bound to. Rules over both languages; what they do not
 * recognise is {@link Asked#OTHER}, which constrains nothing.
 */
@Component
public class QuestionAnalyzer {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    // Order matters: the first kind whose words the question has wins.
    private static final List<Map.Entry<Asked, Pattern>> KINDS = List.of(
            Map.entry(Asked.REASON, Pattern.compile("为什么|为何|原因|\\bwhy\\b|what drove|reasons? for", FLAGS)),
            // A rank is no figure of its own: "How does its growth rate rank?" is
            // answered by a sentence that places it (「增速全市第一」, 「持续领跑全市」).
            Map.entry(Asked.OTHER, Pattern.compile("排名|排第几|排在第几|名列|(?<![A-Za-z])rank(s|ed|ing)?(?![A-Za-z])", FLAGS)),
            // "Who is the partner behind…" asks for a company, not a person.
            Map.entry(Asked.ORGANISATION, Pattern.compile(
                    "\\bwho(?:'s|\\s+(?:is|are|was|were))?\\s+(?:the\\s+)?(?:partners?|investors?|developers?|operators?|backers?|builders?|sponsors?|compan(?:y|ies)|firms?)\\b",
                    FLAGS)),
            // A partner, or who helped a company, is mostly a body:
            // 「和谁联合编制」 → 西部(成都)科学城, 「谁帮忙办的」 → 重庆知识产权运营中心; so is the other
            // party of a deal ("Who signed the isotope deal?" → 国核铀业发展有限责任公司).
            Map.entry(Asked.ORGANISATION, Pattern.compile(
                    "\\bwho\\s+(?:signed|inked|struck|sealed)\\b|谁(和|与|跟|同)[^，。？?]{0,15}签|谁帮|多亏了?谁|\\bwho helped\\b|(和|与|跟|同)谁(一起|一道|共同|联合|合作|签约|签了|合建|共建|携手)|\\bwith whom\\b|\\bwhom?\\b[^?？]{0,80}\\bwith\\s*[?？]?\\s*$",
                    FLAGS)),
            // A record in these articles is a company's: 「最高纪录是谁创的」 → 赛力斯.
            Map.entry(Asked.ORGANISATION, Pattern.compile(
                    "(纪录|记录)[^，。？?]{0,8}谁|谁(创|破|打破|刷新)了?(这个)?(纪录|记录)|\\bwho (set|broke|holds?) (the|a|this) ([\\w-]+ )?record\\b"
                            + "|\\bwho (set|broke|holds?) (the|a|this)\\s*\\p{IsHan}{0,4}(纪录|记录)",
                    FLAGS)),
            // Who received something is mostly a company or a body: 「新分子交给谁了」 → 药企.
            Map.entry(Asked.ORGANISATION, Pattern.compile(
                    "(交|卖|转让|授予|颁给|提供|交付|[A-Za-z]{3,})\\s*给了?谁|给了谁|\\bwho\\s+(received|got|bought|acquired)\\b|\\bto whom\\b"
                            // A partner is mostly a body too.
                            + "|\\bwho\\s+(teamed up|partnered|joined forces|cooperated|worked together)\\b"
                            // So is whoever a body sends or directs: 「市场监管局让谁去调研」 → 运营中心.
                            + "|(让|派|请|委托|安排|指导)谁"
                            // So is the owner of a headquarters or a plant.
                            + "|谁的(全球|中国|西部|区域)?(总部|基地|工厂|园区|公司|企业|项目)"
                            + "|\\bwhose\\s+(global\\s+|regional\\s+|national\\s+)?(headquarters|hq|base|plant|factory|park|company|project)\\b",
                    FLAGS)),
            Map.entry(Asked.PERSON, Pattern.compile(
                    "谁|哪位|什么人|哪个(院士|专家|教授|科学家)|\\bwho\\b|\\bwhom\\b|\\bwhich (academician|scientist|expert|professor|official|person)",
                    FLAGS)),
            // How long, not when: 「要等多久」, "how long did it take".
            Map.entry(Asked.DURATION, Pattern.compile(
                    "多久|多长时间|多少天|几天|几个工作日|多少个工作日|how long\\b.{0,60}\\b(take|took|last|lasted|wait|need|needed)\\b|how long (to|before|until)\\b|how many (working )?(days|hours|weeks|months|years)\\b|how many\\s*个?(工作日|天)|(几|多少)年(内|之内|时间)",
                    FLAGS)),
            Map.entry(Asked.DATE, Pattern.compile(
                    "什么时候|何时|哪天|哪一天|哪年|哪一年|几月|几号|几时|(^|[,;:]\\s*|\\b(and|so|but|then)\\s+)when\\b|what (year|date|month|day)|which (year|month)|\\b(since|by|until|till) when\\b",
                    FLAGS)),
            // How large a fund or an investment is: an amount, not an area.
            Map.entry(Asked.AMOUNT, Pattern.compile(
                    "how (large|big)\\b.{0,60}\\b(fund|investment|budget|capital|revenue|output|market|clusters?|industr(y|ies)|sectors?|economy)|(fund|investment|budget|capital|revenue|output|market)\\b.{0,40}how (large|big)|(基金|投资|资金|预算|产值|收入|营收|规模)[^比]{0,8}多大(?!比)",
                    FLAGS)),
            // A share is asked before the thing it is a share of: 「土地面积占全市多少？」,
            // 「面积不到重庆的多少？」, 「给全市外贸贡献了多少？」, 「用了全市多少的面积」. 占地 is
            // "covers land": 「占地多少亩」 asks an area.
            Map.entry(Asked.SHARE, Pattern.compile(
                    "(贡献|占用|用)了?(全市|全国|全省)[^，。？?]{0,3}多少|占(?!地)[^，。？?]{0,6}(多少|几成|百分之几)|(不到|不足|超过|超|达到)\\p{IsHan}{1,6}的(多少|几成)|(不到|不足)(全市|全国|全省|重庆市?)的?(多少|几成)|(给|为|对)(全市|全国|全省)[^，。？?]{0,12}贡献了?(多少|几成)|what share|\\bshare of\\b|what proportion|what percentage of\\b",
                    FLAGS)),
            // How big a collection is: a count ("How big is the IP portfolio?").
            Map.entry(Asked.COUNT, Pattern.compile(
                    "how (large|big)\\b.{0,40}\\b(portfolio|workforce|headcount|staff|team|talent pool|collection)\\b",
                    FLAGS)),
            // "core area" is a name, not a question about an area.
            Map.entry(Asked.AREA, Pattern.compile(
                    "面积|平方|占地|planned area|land area|floor area|the area of|what area|footprint|how much land|square (kilo)?met|how (big|large)|\\bspace\\b",
                    FLAGS)),
            // "How many quarters has it grown faster than 6%": a count, whatever else it
            // names.
            Map.entry(Asked.COUNT, Pattern.compile("\\bhow many\\b|(多少|(?<!哪)几)个(?!百分点)", FLAGS)),
            // A part of a whole, whether or not it is a percentage ("How much of the
            // city's output…", 「占比」); "how much of that" after an amount asks an
            // amount.
            Map.entry(Asked.SHARE, Pattern.compile(
                    "how much of (the|its|their|all|[\\w-]+'s)\\b|占比|占(?!地).{0,6}多少|比例|比重|份额|\\bshare\\b|proportion",
                    FLAGS)),
            // An English word in a Chinese question touches Han, which Java's \b reads as
            // part of the word (「GDP growth rate是多少」).
            Map.entry(Asked.PERCENTAGE, Pattern.compile(
                    "增长[^，。？?]{0,3}多少|增速|增幅|涨了?多少|涨幅|百分之|多少%|%|(?<![A-Za-z])growth(?![A-Za-z])|\\bgr[eo]w|how fast|increase[ds]? by|\\brise\\b|\\brose\\b|percent|(?<![A-Za-z])rate(?![A-Za-z])",
                    FLAGS)),
            Map.entry(Asked.AMOUNT, Pattern.compile(
                    "多少钱|多少亿|多少万元|金额|(?<![A-Za-z])(revenues?|income|sales|turnover|investment|funding)(?![A-Za-z])[^?？]{0,8}多少|租金|房租|房价|价格|工资|薪资|薪水|费用|收费|\\b(rents?|prices?|costs?|salar(y|ies)|wages?|fees?)\\b|投资.{0,12}多少|多少.{0,6}投资|产值.{0,12}多少|多大产值|收入.{0,12}多少|规模.{0,8}多少|how much|\\bworth\\b|\\byuan\\b|value of|\\b(trade|output|export|import|production|sales|contract(ed)?) value\\b|\\bamount\\b|what ((was|is|were|are)\\b.{0,40}|(total |overall |annual |yearly )?)\\b(revenue|income|turnover|sales|budget|investment|funding|ticket size)\\b"
                            // An amount in the articles' words:
                            // "What was the 投资总额 of…".
                            + "|what (was|is|were|are)\\b[^?？]{0,40}(投资总?额|总投资|产值|营收|收入|(total|overall)\\s*投资)",
                    FLAGS)),
            Map.entry(Asked.COUNT, Pattern.compile(
                    "多少|(?<!哪)几[家所个名位项条座栋辆次人大]|数量|人数|how many|number of|\\btally\\b|total (number|population)|\\bpopulation\\b|headcount",
                    FLAGS)),
            Map.entry(Asked.ORGANISATION, Pattern.compile(
                    "哪家|哪个\\p{IsHan}{0,6}?(公司|企业|机构|单位|大学|高校|团队|研究院|科研院|实验室)|哪些(企业|公司|机构|高校)|which (company|firm|organi[sz]ation|institution|institute|university|enterprise|team)"
                            // "In which 研究院": the kind of body in Chinese.
                            + "|\\bwhich\\s*\\p{IsHan}{0,6}?(公司|企业|机构|单位|大学|高校|团队|研究院|科研院|实验室)",
                    FLAGS)),
            Map.entry(Asked.PLACE, Pattern.compile(
                    "在哪|哪里|哪儿|什么地方|\\bwhere\\b|\\bwhich (city|district|town|county|province|place|site|park)\\b|\\bwhich\\s*(城市|区县|地方)",
                    FLAGS)),
            Map.entry(Asked.LIST, Pattern.compile("哪些|有哪几|包括什么|包括哪|\\bwhich\\b|what are the|\\blist\\b", FLAGS)),
            Map.entry(Asked.DEFINITION, Pattern.compile("是什么|什么是|指什么|是指|干什么|做什么|\\bwhat\\b", FLAGS)));

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");

    // 比较 before an adjective says "rather" (「占比比较大」), not a comparison.
    private static final Pattern OVER_TIME = Pattern.compile(
            "变化|趋势|历年|逐年|这几年|近几年|这两年|近两年|这些年|翻了|每年|比较(?![大多高快少小强好重集])|相比|对比|前后|比起|相较|放缓|慢下来|变慢|变快|怎么变(?!化)|slow(?:ed|ing|s)? down|\\bslow(?:ed|ing)\\b|accelerat\\w*|picked up|sped up|\\btrack\\b|over (the )?(years|time)|\\bchang(e|ed|es|ing)\\b|\\btrend\\w*|compar\\w*|evolv\\w*|each year|year by year|since (19|20)\\d\\d|比起来"
                    // Two years joined: "from 2020 to 2022", 「2021年和2025年」.
                    + "|from (19|20)\\d\\d to|between (19|20)\\d\\d and|(19|20)\\d\\d年?(到|至|和|与|跟|同)(19|20)\\d\\d",
            FLAGS);

    private static final Pattern MONEY_NOUNS = Pattern
        .compile("投资额?|产值|收入|营收|金额|\\b(investment|revenue|income|turnover|output value|funding)\\b", FLAGS);

    private static final Pattern COUNT_NOUNS = Pattern.compile("数量|个数|项目数|家数|人数|\\bnumber of\\b", FLAGS);

    // Verbs of change: over time they say how a figure moved, not that a percentage is
    // asked ("How did contracted investment grow from 2020 to 2022?" asks for amounts).
    private static final Pattern CHANGE_VERBS = Pattern.compile(
            "增长了?|涨了?|\\bgr[eo]w(n|s|ing)?\\b|\\bris(e|es|en|ing)\\b|\\brose\\b|\\bincreas(e|ed|es|ing)\\b", FLAGS);

    /** Places other than the Science City's own, in Chinese with their English names. */
    private static final Map<String, String> PLACES = Map.ofEntries(Map.entry("成都", "chengdu"),
            Map.entry("四川", "sichuan"), Map.entry("两江新区", "liangjiang"), Map.entry("北京", "beijing"),
            Map.entry("上海", "shanghai"), Map.entry("深圳", "shenzhen"), Map.entry("广州", "guangzhou"),
            Map.entry("西安", "xi'an"), Map.entry("武汉", "wuhan"), Map.entry("杭州", "hangzhou"), Map.entry("南京", "nanjing"),
            Map.entry("天津", "tianjin"), Map.entry("苏州", "suzhou"), Map.entry("合肥", "hefei"), Map.entry("贵阳", "guiyang"),
            Map.entry("昆明", "kunming"), Map.entry("绵阳", "mianyang"), Map.entry("香港", "hong kong"),
            Map.entry("新加坡", "singapore"), Map.entry("淄博", "zibo"), Map.entry("山东", "shandong"));

    // Words that say how a thing is asked or measured, not what about.
    private static final Set<String> NOT_ATTRIBUTES = Set.copyOf(List.of("多少", "几", "怎么", "怎么样", "如何", "什么", "哪些", "哪",
            "名字", "名称", "共", "大约", "大概", "目前", "现在", "吗", "呢", "啊", "了", "年", "月", "亿", "万", "元", "亿元", "万元", "家", "所",
            "个", "名", "项", "平方公里", "yuan", "percent", "per", "cent", "square", "kilometres", "kilometers", "km",
            "billion", "million", "number", "total", "many", "much", "how", "did", "does", "was", "were", "is", "are",
            "get", "got", "have", "has", "so", "far", "now", "today", "currently", "about", "approximately", "roughly",
            "around", "year", "years", "in", "the", "of", "s", "its", "their", "there", "give", "tell", "read", "heard",
            "really", "actually", "exactly", "true", "right", "correct", "don", "doesn", "isn", "aren", "wasn", "will",
            "would", "does", "did", "how", "what", "which", "this", "that", "these", "those", "all", "any", "some",
            "more", "most", "than", "into", "onto", "over", "under", "with", "from", "for", "and", "are", "was", "were",
            "been", "being", "since", "according", "headline", "last", "latest", "track", "worth", "target", "targets",
            "targeted", "slowed", "down", "最近", "个数", "年底", "年初", "前后", "数量", "总数", "现在", "一共", "总共", "具体", "真的", "听说",
            "对吗", "是否", "到底", "究竟", "据说", "大概", "左右", "那年", "这年", "当年", "那时", "比例", "比重", "占比", "份额", "百分比", "多大", "多高",
            "多快", "多长", "多少钱",
            // A share restates the kind asked; the home city and verbs of motion say
            // nothing of which figure.
            "proportion", "share", "percentage", "portion", "fraction", "through", "chongqing", "city", "take",
            // Verbs that ask for a goal say which figure only by its date: the goal's
            // sentence says "will reach", not "aim for".
            "aim", "aims", "aiming", "expect", "expects", "expected", "intend", "intends", "supposed", "meant", "want",
            "wants", "hope", "hopes", "took", "taken", "went", "gone", "come", "came", "make", "made",
            // Modal verbs say how sure, not which figure.
            "should", "must", "shall", "might", "can", "could", "ought",
            // "How big", "what size": how a figure is asked, never which figure.
            "big", "bigger", "large", "larger", "size"));

    // Words that only restate the kind of figure asked (a growth rate is a percentage): a
    // sentence of any other figure's growth names them too, so they do not say which
    // figure.
    private static final Set<String> KIND_WORDS = Set.of("同比增长", "增长", "增速", "增幅", "涨幅", "growth", "grow", "grew",
            "grown", "growing", "rate", "rates", "increase", "increased", "rise", "rose", "fast", "faster", "quickly");

    private static final List<String> PEOPLE = List.of("名", "人", "位", "人次");

    // A count of people says "people" in its measure words: the word does not say which
    // people.
    private static final Set<String> WORDS_OF_PEOPLE = Set.of("people", "persons");

    // 个 counts anything (34个国内高校), so it binds nothing and answers for any thing but
    // people.
    private static final List<Map.Entry<Pattern, List<String>>> UNITS = List.of(
            // 「多少搞科研的人」: people, however they are described.
            Map.entry(Pattern.compile("(多少|几)(名|位|个?人)|人数|多少人|(多少|几)[^，。？?的]{1,8}的人"), PEOPLE),
            Map.entry(Pattern.compile("(多少|几)家"), List.of("家", "个")),
            Map.entry(Pattern.compile("(多少|几)所"), List.of("所", "个")),
            Map.entry(Pattern.compile("(多少|几)项"), List.of("项", "个")),
            Map.entry(Pattern.compile(
                    "how many\\b.{0,30}\\b(people|persons|researchers|scientists|staff|employees|talents?|professionals|workers|personnel|experts|students|academicians)\\b",
                    FLAGS), PEOPLE),
            Map.entry(Pattern.compile("how many\\b.{0,30}\\b(companies|enterprises|firms|businesses)\\b", FLAGS),
                    List.of("家", "个")),
            Map.entry(Pattern.compile("how many\\b.{0,30}\\b(universities|colleges)\\b", FLAGS), List.of("所", "个")));

    private final Glossary glossary;

    private final QueryTerms queryTerms;

    public QuestionAnalyzer(Glossary glossary, QueryTerms queryTerms) {
        this.glossary = glossary;
        this.queryTerms = queryTerms;
    }

    public QuestionAnalysis analyze(NormalizedQuestion question) {
        return analyze(question, question);
    }

    /**
     * A follow-up made standalone: what it asks (its kind, event, change over time, and
     * its own years if it names any) comes from the follow-up as typed; what it is about
     * from the standalone question ("And in 2021?" asks the earlier question's kind of
     * figure, for 2021).
     */
    public QuestionAnalysis analyze(NormalizedQuestion typed, NormalizedQuestion standalone) {
        return analyze(typed, standalone, java.util.Optional.empty());
    }

    /**
     * The same, knowing the earlier question: a follow-up with no words of asking of its
     * own (「那科技人员呢？」 after 「大学城有多少所高校？」) asks what the earlier one asked.
     */
    public QuestionAnalysis analyze(NormalizedQuestion typed, NormalizedQuestion standalone,
            java.util.Optional<NormalizedQuestion> earlier) {
        QuestionAnalysis about = analyzeOne(standalone);
        if (typed.text().equals(standalone.text())) {
            return about;
        }
        QuestionAnalysis asked = analyzeOne(typed);
        Asked kind = asked.asked() != Asked.OTHER ? asked.asked()
                : about.asked() != Asked.OTHER ? about.asked()
                        : earlier.filter(e -> !ASKING.matcher(typed.text()).find())
                            .map(e -> asked(e.text()))
                            .orElse(Asked.OTHER);
        return new QuestionAnalysis(kind, about.subjects(), about.specific(),
                asked.years().isEmpty() ? about.years() : asked.years(),
                // A follow-up that asks its own question ("Which team moved there in
                // April?") is not bound to the earlier one's half year.
                asked.partOfYear().isPresent() || asked.asked() != Asked.OTHER ? asked.partOfYear()
                        : about.partOfYear(),
                about.places(), asked.asked() == Asked.OTHER ? about.events() : asked.events(),
                asked.overTime() || about.overTime(),
                asked.attributes().isEmpty() ? about.attributes() : asked.attributes(),
                asked.units().isEmpty() ? about.units() : asked.units(),
                asked.counted().isEmpty() ? about.counted() : asked.counted(),
                asked.qualifiers().isEmpty() ? about.qualifiers() : asked.qualifiers(),
                asked.ordinal().isPresent() ? asked.ordinal() : about.ordinal(), asked.current() || about.current());
    }

    /**
     * A question about change without its words of change (「这几年怎么变化」, "over the years"):
     * what is left names the figure each dated source gives.
     */
    public static String withoutChange(String text) {
        return OVER_TIME.matcher(text).replaceAll(" ");
    }

    // Words that ask for a figure as it stands. 「至今」 and "so far" are left out: they
    // also open questions of change.
    private static final Pattern CURRENT = Pattern
        .compile("目前|现在|如今|眼下|当前|\\b(now|currently|at present|presently|today|these days)\\b", FLAGS);

    // What a text ends with when the name after it is asked (「哪个高新区」, "which zone").
    static final Pattern WHICH_BEFORE = Pattern.compile("(哪一?[个家所座]?|\\bwhich\\s+)$", FLAGS);

    // Words of asking: a follow-up with one asks its own question, not the earlier one's.
    private static final Pattern ASKING = Pattern
        .compile("什么|哪|几|多少|谁|怎|如何|为何|为什么|吗|\\b(what|which|who|how|when|where|why)\\b", FLAGS);

    private QuestionAnalysis analyzeOne(NormalizedQuestion question) {
        String text = question.text();
        boolean english = question.language() == Language.EN;
        // 「住在哪个高新区」 asks which zone: a name after "which" is what is asked, not
        // what the question is about.
        List<Glossary.Entry> names = (english ? glossary.namesInEnglish(text) : glossary.namesInChinese(text)).stream()
            .filter(n -> !WHICH_BEFORE.matcher(text.substring(0, n.start())).find())
            .map(Glossary.Name::entry)
            .distinct()
            .toList();
        List<String> subjects = names.stream().map(Glossary.Entry::canonicalChinese).distinct().toList();
        List<String> specific = names.stream()
            .filter(Glossary.Entry::namesOneThing)
            .map(Glossary.Entry::canonicalChinese)
            .distinct()
            .toList();
        boolean overTime = OVER_TIME.matcher(text).find();
        Asked asked = asked(glossary.withoutNamesOfOneThing(text));
        // Over time, a question without words of a figure ("How has the contracted
        // investment changed?") asks for the figure it names.
        if (overTime && (asked == Asked.PERCENTAGE || asked == Asked.OTHER || asked == Asked.DEFINITION)) {
            asked = measured(CHANGE_VERBS.matcher(text).replaceAll(" ")).orElse(asked);
        }
        List<String> years = years(text);
        List<String> places = places(text);
        List<String> units = asked == Asked.COUNT ? units(text) : List.of();
        List<String> attributes = attributes(text, english, names, years, places, question.alternatives()).stream()
            .filter(a -> !(units.equals(PEOPLE) && WORDS_OF_PEOPLE.contains(a)))
            .toList();
        List<List<String>> countedPhrases = asked == Asked.COUNT ? countedPhrases(text, english) : List.of();
        return new QuestionAnalysis(asked, subjects, specific, years, PartOfYear.askedIn(text), places,
                events(text, asked), overTime, attributes, units,
                units.isEmpty() ? counted(countedPhrases, english) : List.of(), qualifiers(countedPhrases, attributes),
                Ordinal.askedIn(text), CURRENT.matcher(text).find());
    }

    // "How many east-west tunnels are…": the words counted run to the first verb or
    // preposition. A quoted name is one of the words ("How many "accompanying" service
    // teams…", as a glossary name is written into the question).
    private static final Pattern COUNTED_EN = Pattern.compile(
            "how many ((?:[\\p{L}'\"“”-]+ ){0,4}?[\\p{L}'\"“”-]+?)(?= (?:are|is|were|was|do|does|did|have|has|had|in|of|at|on|for|from|to|will|can|could|would|there|that|which)\\b|\\s*[?.,;]|$)",
            FLAGS);

    // 「有多少家上市公司？」: the words after the count, to the end of the question.
    private static final Pattern VERB_AFTER_COUNTED = Pattern.compile("谈|签|达成|完成|引进|入驻|落户|落地|开工|建成|投用|获|拿到|在|了|过|到");

    // An English word may stand before the Chinese one (「多少office楼宇」 counts 楼宇),
    // unless it is one of two things counted (「多少scientists和技术人员」), or be what is
    // counted after the Chinese words that say which (「多少家科技型的companies」).
    private static final Pattern COUNTED_ZH = Pattern
        .compile("(?:多少|几)[家所个名位项座条栋辆次]?(?:\\s*[A-Za-z][A-Za-z-]*\\s*(?![和与及或跟]))?"
                + "(\\p{IsHan}{2,10}?(?:的?\\s*[A-Za-z][A-Za-z-]*)?)\\s*(?=[？?。，,！!吗呢啊呀]|$)");

    /**
     * The phrases naming what a count counts, each as its words: the English ones joined
     * by "and" or "or" ("universities and research institutes"), the Chinese one to where
     * its verb begins (「多少个毕业生谈好了工作」 counts 毕业生), in segmented words.
     */
    private List<List<String>> countedPhrases(String text, boolean english) {
        Matcher m = (english ? COUNTED_EN : COUNTED_ZH).matcher(text);
        if (!m.find()) {
            return List.of();
        }
        String phrase = m.group(1);
        if (english) {
            return java.util.Arrays.stream(phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+(?:and|or)\\s+|,\\s*"))
                .map(part -> List.of(part.strip().split("\\s+")))
                .toList();
        }
        Matcher verb = VERB_AFTER_COUNTED.matcher(phrase);
        if (verb.find() && verb.start() >= 2) {
            phrase = phrase.substring(0, verb.start());
        }
        List<String> words = List.copyOf(queryTerms.of(phrase));
        return words.isEmpty() ? List.of() : List.of(words);
    }

    /**
     * What a count counts, as the question words it: the head of each English phrase
     * ("tunnels" of "east-west tunnels", "universities" and "institutes" of "universities
     * and research institutes"), the last word of the Chinese one (公司 of 上市公司).
     */
    private static List<String> counted(List<List<String>> phrases, boolean english) {
        List<String> out = new ArrayList<>();
        for (List<String> words : phrases) {
            String head = words.get(words.size() - 1);
            if (english) {
                // The head is the last plural ("researchers" of "senior researchers
                // work"): the phrase may run on into a verb the pattern cannot tell.
                boolean plural = false;
                for (String w : words) {
                    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                        head = w;
                        plural = true;
                    }
                }
                // "How many 软件人才 work…": the Chinese noun is counted,
                // the English after it is its verb.
                if (!plural) {
                    head = words.stream().filter(Language::hasHan).reduce((a, b) -> b).orElse(head);
                }
                if (head.length() >= 3 && !NOT_ATTRIBUTES.contains(head)) {
                    out.add(head);
                }
            }
            else if (head.length() >= 2) {
                out.add(head);
            }
        }
        return out;
    }

    /**
     * The words before the head of what a count counts: "software" of "How many software
     * companies", 上市 of 「多少家上市公司」. Only words that are also attributes (not names,
     * places, years or words of asking), or short English names ("EV"), qualify.
     */
    private static List<String> qualifiers(List<List<String>> phrases, List<String> attributes) {
        if (phrases.isEmpty()) {
            return List.of();
        }
        List<String> words = phrases.get(0);
        // "How many of the listed projects": a part of them, which the sentence need not
        // call listed.
        if (words.size() < 2 || words.get(0).equals("of")) {
            return List.of();
        }
        return words.subList(0, words.size() - 1)
            .stream()
            .filter(w -> (attributes.contains(w) || SHORT_NAME.matcher(w).matches()) && !PRAISE.contains(w))
            .toList();
    }

    // "EV", "IC", "AI": short, yet they say which things are counted.
    private static final Pattern SHORT_NAME = Pattern.compile("[a-z]{2}s?");

    // Words that praise what is counted, not say which: "key tasks" are the plan's tasks.
    private static final Set<String> PRAISE = Set.of("key", "major", "main", "important", "leading", "big", "large",
            "top", "core");

    /**
     * The measure words of the things counted: the question's own (多少名, 几家), or those of
     * the English word for people, companies or universities.
     */
    static List<String> units(String text) {
        for (Map.Entry<Pattern, List<String>> unit : UNITS) {
            if (unit.getKey().matcher(text).find()) {
                return unit.getValue();
            }
        }
        return List.of();
    }

    /**
     * The question's own words for what it asks about: its terms, less the names it is
     * about (a name's words are the subject, not the attribute), places, years and the
     * words of asking.
     */
    private List<String> attributes(String text, boolean english, List<Glossary.Entry> names, List<String> years,
            List<String> places, Map<String, List<String>> alternatives) {
        List<String> out = new ArrayList<>();
        // A glossary term that is not the subject (高新技术企业, "planned area") is one
        // attribute, in
        // Chinese, however the question spells it: an untranslated source can be held to
        // it.
        names.stream()
            .filter(n -> !n.namesASubject() && !KIND_WORDS.contains(n.canonicalChinese()))
            .forEach(n -> out.add(n.canonicalChinese()));
        String rest = english ? glossary.replaceEnglishNames(text, e -> " ")
                : glossary.replaceChineseNames(text, e -> " ");
        for (String place : places) {
            rest = rest.replace(place, " ");
        }
        for (String year : years) {
            rest = rest.replace(year, " ");
        }
        // "changed over the years", 这几年怎么变化 say how to answer, not what about: a dated
        // source of the figure need not say "change".
        rest = withoutChange(rest);
        // English words as written (the segmenter would stem them: "many" → "mani"),
        // Chinese as segmented.
        List<String> terms = english
                ? java.util.Arrays.stream(rest.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                    .flatMap(t -> Language.hasHan(t) ? Language.withoutAskingWords(t).stream()
                            : java.util.stream.Stream.of(t))
                    .toList()
                // Latin words left in a Chinese question are noise unless the lexicon
                // knows the corpus's words for them (「新型研发机构的revenue」 asks about 营收).
                : java.util.stream.Stream
                    .concat(queryTerms.of(rest).stream().filter(t -> t.codePoints().anyMatch(c -> c >= 0x2E80)),
                            alternatives.keySet().stream().filter(w -> !Language.hasHan(w)))
                    .toList();
        terms.stream()
            // A Chinese word of an English question ("How many people work in 软件?") is
            // a word at two characters, as in a Chinese one.
            .filter(t -> t.codePointCount(0, t.length()) >= (english && !Language.hasHan(t) ? 3 : 2)
                    && !NOT_ATTRIBUTES.contains(t) && !KIND_WORDS.contains(t) && !queryTerms.isQuestionWord(t)
                    && t.codePoints().noneMatch(Character::isDigit))
            .forEach(out::add);
        return out.stream().distinct().toList();
    }

    /**
     * The kind of figure a question about change follows, by its words of asking or,
     * failing those, by what it names (投资额 is money, 项目数 a count).
     */
    private static java.util.Optional<Asked> measured(String text) {
        Asked asked = asked(text);
        if (asked == Asked.COUNT || asked == Asked.AMOUNT || asked == Asked.AREA) {
            return java.util.Optional.of(asked);
        }
        if (MONEY_NOUNS.matcher(text).find()) {
            return java.util.Optional.of(Asked.AMOUNT);
        }
        return COUNT_NOUNS.matcher(text).find() ? java.util.Optional.of(Asked.COUNT) : java.util.Optional.empty();
    }

    static Asked asked(String text) {
        for (Map.Entry<Asked, Pattern> kind : KINDS) {
            if (kind.getValue().matcher(text).find()) {
                return kind.getKey();
            }
        }
        return Asked.OTHER;
    }

    private static List<String> years(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return List.copyOf(out);
    }

    // A place that only starts an institution's name (成都职业技术学院) is not what a text
    // is about.
    private static final String NAMED_AFTER = "\\p{IsHan}{0,6}?(大学|学院|研究院|研究所|实验室|公司|集团|银行|医院)";

    // The same in English, by the capitalized words of a name (Chengdu Vocational and
    // Technical College), not "Chengdu has a university".
    private static final String NAMED_AFTER_EN = "(?-i)(\\s+(and|of|[A-Z][\\w-]*)){0,3}?\\s+(University|College|Polytechnic|Institute|Laborator(y|ies)|Company|Group|Bank|Hospital)\\b(?!\\s+[A-Z])";

    private static final Map<String, Pattern> PLACE_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether a Chinese text speaks of the place, not only of an institution named after
     * it: a question about 成都职业技术学院 is not about Chengdu, nor is a sentence naming it.
     */
    public static boolean speaksOf(String chinese, String place) {
        return PLACE_PATTERNS
            .computeIfAbsent(place, k -> Pattern.compile(Pattern.quote(place) + "(?!" + NAMED_AFTER + ")"))
            .matcher(chinese)
            .find();
    }

    // Two places joined by a dash name a pair (a corridor, a partnership: "Chengdu–
    // Chongqing", "China-Singapore"), not a place the question is bound to.
    private static final Pattern PAIRED_PLACES;

    static {
        String place = PLACES.values()
            .stream()
            .map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|", "(china|sino|chongqing|", ")"));
        PAIRED_PLACES = Pattern.compile("(?i)\\b" + place + "\\s*[-–]\\s*" + place + "\\b");
    }

    private static List<String> places(String text) {
        // "Chengdu-Chongqing" and 成渝 name the pair of cities the Science City belongs to,
        // not another place; so do Chongqing and Chengdu named together.
        String unpaired = PAIRED_PLACES.matcher(text).replaceAll(" ");
        String lower = unpaired.toLowerCase(java.util.Locale.ROOT);
        boolean pair = (lower.contains("chongqing") || text.contains("重庆"))
                && (lower.contains("chengdu") || text.contains("成都"));
        List<String> out = new ArrayList<>();
        PLACES.forEach((zh, en) -> {
            boolean named = speaksOf(text, zh) || Pattern
                .compile("\\b" + Pattern.quote(en) + "\\b(?!" + NAMED_AFTER_EN + ")", Pattern.CASE_INSENSITIVE)
                .matcher(unpaired)
                .find();
            if (named && !(pair && zh.equals("成都"))) {
                out.add(zh);
            }
        });
        out.sort(null);
        return out;
    }

    // An event binds only what happened when, or who did it.
    private static List<QuestionAnalysis.Event> events(String text, Asked asked) {
        if (asked != Asked.DATE && asked != Asked.PERSON) {
            return List.of();
        }
        return java.util.Arrays.stream(QuestionAnalysis.Event.values()).filter(e -> e.toldIn(text)).toList();
    }

}
