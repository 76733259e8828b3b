package city.science.qa.answer;

import city.science.qa.corpus.ArticleMetadata;
import city.science.qa.corpus.Glossary;
import city.science.qa.question.Asked;
import city.science.qa.question.PartOfYear;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.question.QuestionAnalyzer;
import city.science.qa.search.SearchHit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Stage 5, fit evidence: whether a sentence may answer the question. It must carry what
 * is asked (a yuan amount for an amount, a percentage for growth, a date of the asked
 * event for when…) about the asked subject: a place, year or named institution of the
 * question that the sentence does not share is a mismatch (成都 is not 重庆; 2019 is not
 * 2021). A neighbouring fact is never stated as the answer.
 */
@Component
public class EvidenceFit {

    /** Why a sentence does not answer the question. */
    public enum Mismatch {

        /** It does not carry what is asked (no amount, no date…). */
        WHAT_IS_ASKED,

        /** It is about another place than the one asked about. */
        PLACE,

        /** It is about another year. */
        YEAR,

        /**
         * It is about another part of the year (the first half, not the first three
         * quarters).
         */
        PART_OF_YEAR,

        /** It tells of another event than the one asked about. */
        EVENT,

        /** It is not about the institution or company asked about. */
        SUBJECT

    }

    private static final Pattern DATE = Pattern
        .compile("\\d{4}年|\\d{1,2}月|\\d{1,2}日|今年|去年|年底|年初|年末|上半年|下半年|前三季度|春节|近日|日前|(?<!\\d)(19|20)\\d\\d(?!\\d)");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");

    // An amount in any currency: a foreign investor's is often given in 美元 or 欧元.
    private static final Pattern AMOUNT = Pattern.compile(
            "\\d[\\d.,，]*\\s*(万亿|亿|万|千)?(美|欧|港|日)?元|[十百千万]+亿(美|欧|港|日)?元|[十百千万]亿|(billion|million) (yuan|(US )?dollars|euros)|\\byuan\\b|US\\$\\s*\\d",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PERCENT = Pattern
        .compile("%|％|[百千万]分之|个百分点|(\\d|[一二两三四五六七八九十几数])\\s*倍|percent|\\btimes\\b", Pattern.CASE_INSENSITIVE);

    // A part stated as a part of a whole: 「约占重庆市相关产业的80%」「贡献全市超40%的」「不到…万分之五」「项目的1/10」;
    // a growth rate is a percentage but no share.
    private static final Pattern SHARE = Pattern
        .compile("(占|比重|份额|贡献|相当于)[^，。；]{0,20}?(\\d[\\d.]*\\s*[%％]|百分之|[一二三四五六七八九十几]成|一半)"
                + "|[一二三四五六七八九十百千万\\d]+分之[一二三四五六七八九十\\d]+|\\d+\\s*/\\s*\\d+");

    private static final Pattern AREA = Pattern.compile("平方公里|平方米|亩|公顷|square", Pattern.CASE_INSENSITIVE);

    private static final Pattern COUNT_WORDS = Pattern
        .compile("(数|近|超|上|逾)?[十百千万亿]{1,2}余?(辆|家|个|名|人|项|所|座|条|元|万)|[两二三四五六七八九](辆|家|个|名|位|项|所|座|条|栋|件|台|套|批|支)"
                // 「四大主导产业」, 「三大千亿级」: so many of a kind.
                + "|[两二三四五六七八九十]大(?=\\p{IsHan})");

    // A number of things: a figure with a measure word that counts (702家, 600余名, 1.5万人次),
    // not a
    // rank (500强), a date or a percentage.
    private static final Pattern COUNTED = Pattern.compile("\\d[\\d.,，]*\\s*(万|亿)?\\s*(余|多)?\\s*[家个所名位项条座栋辆人次件台套批只支]");

    // A span of time: 一天, 15个工作日, 未来5年, "within just one day"; not a date (6月10日,
    // 2021年).
    private static final Pattern DURATION = Pattern
        .compile("(?<![\\d.])(\\d{1,3}|[一二三四五六七八九十两半几数]+)\\s*个?\\s*(工作日|天|小时|分钟|周|星期|个月|年(?![底初末度前中\\d]))"
                + "|\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\\s+(working\\s+)?(days?|hours?|weeks?|months?|years?)\\b",
                Pattern.CASE_INSENSITIVE);

    // A figure a plan sets for a later year: 「到2025年，科学城软件业务收入将达800亿元」, 「力争到2027年」.
    private static final Pattern TARGET = Pattern
        .compile("(?<!截)(?:到|至)(?:19|20)\\d\\d年(?:底|末)?[，,]?[^。；]{0,30}?(?:将|力争|达到?|实现|形成)|力争|预计");

    private static final Pattern PERSON = Pattern.compile("院士|教授|主任|负责人|书记|市长|局长|董事长|总经理|科学家|先生|女士|团队|专家|表示|介绍说");

    private static final Pattern ORGANISATION = Pattern
        .compile("公司|集团|研究院|科研院|研究所|实验室|大学|学院|中心|机构|银行|基金|企业|[药车国民外央]企|协会");

    private static final double PASSAGE_ATTRIBUTES = 0.5;

    // Glossary kinds that a question asks to have explained: "What are the 'four new'
    // goals?"
    private static final java.util.Set<String> CONCEPTS = java.util.Set.of("slogan", "programme", "plan");

    // What a named thing is, the word an article calls it by once it has named it.
    private static final Pattern HEAD = Pattern.compile("(中心|实验室|基地|园区|产业园|科创园|科技园|项目|平台|公司|集团|研究院|大学|装置|综保区)$");

    private final Glossary glossary;

    public EvidenceFit(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * Why the sentence cannot answer, or empty when it may.
     * @param chinese the sentence as the source prints it
     * @param english its aligned translation, when there is one
     * @param hit the passage it stands in
     */
    public Optional<Mismatch> mismatch(String chinese, Optional<String> english, SearchHit hit,
            QuestionAnalysis analysis, Map<String, List<String>> alternatives) {
        return forPassage(hit, analysis, alternatives).mismatch(chinese, english);
    }

    /**
     * Whether the text names a subject by what it is (中心 for 种质创制大科学中心, 该实验室), as an
     * article does after naming it once.
     */
    public static boolean refersBack(String text, QuestionAnalysis analysis) {
        return analysis.specific().stream().anyMatch(name -> {
            Matcher head = HEAD.matcher(name);
            return head.find() && text.contains(head.group(1));
        });
    }

    private boolean namesSubject(String text, QuestionAnalysis analysis) {
        return analysis.specific().stream().flatMap(name -> glossary.formsOf(name).stream()).anyMatch(text::contains);
    }

    /** The checks that hold for a whole passage, made once for all its sentences. */
    public Passage forPassage(SearchHit hit, QuestionAnalysis analysis, Map<String, List<String>> alternatives) {
        return forPassage(hit, analysis, alternatives, List.of(hit));
    }

    /**
     * The same, knowing the other retrieved passages: one that names the subject only as
     * 「该中心」 is about it when its article names it in a retrieved passage or its title.
     */
    public Passage forPassage(SearchHit hit, QuestionAnalysis analysis, Map<String, List<String>> alternatives,
            List<SearchHit> retrieved) {
        return forPassage(hit, analysis, alternatives, retrieved, Optional.empty());
    }

    /**
     * The same for a passage an English question reads through its gloss (no translation
     * yet): whether it names what a figure question asks about is read in the gloss, as
     * its sentences are, not in its Chinese alone.
     */
    public Passage forPassage(SearchHit hit, QuestionAnalysis analysis, Map<String, List<String>> alternatives,
            List<SearchHit> retrieved, Optional<String> gloss) {
        boolean aboutSubject = analysis.specific().isEmpty() || namesSubject(hit.text(), analysis)
                || namesSubject(hit.title() == null ? "" : hit.title(), analysis)
                || (refersBack(hit.text(), analysis) && retrieved.stream()
                    .anyMatch(o -> o.articleId().equals(hit.articleId()) && namesSubject(o.text(), analysis)));
        // A paragraph goes on from the one before it: 「仅用15个工作日……」 is about the
        // pledge financing its previous paragraph names, when that one was retrieved too.
        Optional<SearchHit> before = retrieved.stream().filter(o -> precedes(o, hit)).findFirst();
        String chinese = before.map(b -> b.text() + hit.text()).orElse(hit.text());
        boolean readInGloss = hit.translation() == null && gloss.isPresent();
        Optional<String> english = readInGloss ? gloss : Optional.ofNullable(hit.translation())
            .map(t -> before.map(SearchHit::translation).map(b -> b + " " + t).orElse(t));
        // A gloss has one sense per word: what it misses, the Chinese may still name.
        boolean namesAttributes = !analysis.asksForFigure()
                || attributeShare(glossary, chinese, english, analysis, alternatives) >= PASSAGE_ATTRIBUTES
                || readInGloss && attributeShare(glossary, chinese, Optional.empty(), analysis,
                        alternatives) >= PASSAGE_ATTRIBUTES;
        return new Passage(glossary, hit, analysis, alternatives, aboutSubject, namesAttributes);
    }

    private static final Pattern PARAGRAPH = Pattern.compile("p(\\d+)");

    /** Whether one passage ends with the paragraph just before the other's first. */
    static boolean precedes(SearchHit before, SearchHit hit) {
        if (!before.articleId().equals(hit.articleId()) || before.paragraphIds().isEmpty()
                || hit.paragraphIds().isEmpty()) {
            return false;
        }
        Matcher last = PARAGRAPH.matcher(before.paragraphIds().get(before.paragraphIds().size() - 1));
        Matcher first = PARAGRAPH.matcher(hit.paragraphIds().get(0));
        return last.matches() && first.matches()
                && Integer.parseInt(last.group(1)) + 1 == Integer.parseInt(first.group(1));
    }

    /**
     * One passage's fit to the question.
     *
     * @param aboutSubject it names the institution or company the question is about
     * @param namesAttributes it names most of what a figure question asks about
     */
    public record Passage(Glossary glossary, SearchHit hit, QuestionAnalysis analysis,
            Map<String, List<String>> alternatives, boolean aboutSubject, boolean namesAttributes) {

        private boolean namesConcept(String chinese, Optional<String> english) {
            List<String> concepts = analysis.attributes()
                .stream()
                .filter(a -> glossary.entryFor(a).filter(e -> CONCEPTS.contains(e.kind())).isPresent())
                .toList();
            String lowerEnglish = english.map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
            return concepts.isEmpty()
                    || concepts.stream().anyMatch(c -> namesAsGlossary(glossary, c, chinese, lowerEnglish));
        }

        /** Whether the sentence names one of the words, or the corpus's word for it. */
        private boolean namesAny(List<String> words, String chinese, Optional<String> english) {
            String lower = lowerEnglish(english);
            return words.stream()
                .anyMatch(w -> names(w, chinese, lower, alternatives) || namesAsGlossary(glossary, w, chinese, lower));
        }

        /** Why a sentence of this passage cannot answer, or empty when it may. */
        public Optional<Mismatch> mismatch(String chinese, Optional<String> english) {
            String both = chinese + " " + english.orElse("");
            if (!analysis.places().isEmpty() && analysis.places().stream().noneMatch(p -> about(chinese, p))) {
                return Optional.of(Mismatch.PLACE);
            }
            if (!aboutSubject) {
                return Optional.of(Mismatch.SUBJECT);
            }
            if (!analysis.years().isEmpty() && !inYear(chinese,
                    referredYear(withPreceding(hit), chinese).orElse(hit.published()), analysis.yearsInScope())) {
                return Optional.of(Mismatch.YEAR);
            }
            // "The first three quarters of 2022" is not answered by 「今年上半年」, nor by a
            // figure that names no part of the year at all.
            if (analysis.partOfYear().isPresent()
                    && !partsOfYear(withPreceding(hit), chinese).contains(analysis.partOfYear().get())) {
                return Optional.of(Mismatch.PART_OF_YEAR);
            }
            if (!(carries(chinese, both, analysis.asked()) || measures(chinese, analysis))
                    || !countsIn(chinese, analysis.units())) {
                return Optional.of(Mismatch.WHAT_IS_ASKED);
            }
            // A figure must be a figure of what was asked about: named in the sentence,
            // and most
            // of what the question asks about in its passage.
            if (analysis.asksForFigure()
                    && (!namesAttributes || attributeShare(glossary, chinese, english, analysis, alternatives) == 0)) {
                return Optional.of(Mismatch.WHAT_IS_ASKED);
            }
            // "How many software companies are there now?" is not answered by the target
            // of a plan: 「到2025年，……软件企业达2000家」.
            if (analysis.current() && analysis.asksForFigure() && TARGET.matcher(chinese).find()) {
                return Optional.of(Mismatch.WHAT_IS_ASKED);
            }
            // "How many tunnels?" is not answered by a count of actions: the counted
            // thing must be named (or the corpus's word for it).
            if (analysis.asked() == Asked.COUNT && !analysis.counted().isEmpty()
                    && !namesAny(analysis.counted(), chinese, english)) {
                return Optional.of(Mismatch.WHAT_IS_ASKED);
            }
            // "How many listed companies?" is not answered by a count of companies: a
            // word that says which of them must be named.
            if (analysis.asked() == Asked.COUNT && !analysis.qualifiers().isEmpty()
                    && !namesAny(analysis.qualifiers(), chinese, english)) {
                return Optional.of(Mismatch.WHAT_IS_ASKED);
            }
            // "What are the 'six ones'?": a sentence that does not name the programme or
            // slogan asked about does not say what it is.
            if (!analysis.asksForFigure() && !namesConcept(chinese, english)) {
                return Optional.of(Mismatch.WHAT_IS_ASKED);
            }
            if (!analysis.events().isEmpty() && analysis.events().stream().noneMatch(e -> e.toldIn(both))) {
                return Optional.of(Mismatch.EVENT);
            }
            // "Where was the second joint meeting held?" is not answered by 「举行第一次联席会议」.
            if (analysis.ordinal().filter(o -> o.contradictedBy(chinese)).isPresent()) {
                return Optional.of(Mismatch.EVENT);
            }
            // "When did construction begin?": the date must be the event's, written
            // beside it (「自2020年启动建设」), not another date of the same sentence
            // (「启动建设至今……仅今年1至8月」).
            if (analysis.asked() == Asked.DATE && !analysis.events().isEmpty()
                    && analysis.events().stream().noneMatch(e -> datedBeside(chinese, e))) {
                return Optional.of(Mismatch.EVENT);
            }
            // "When did construction of the Science City begin?" is not answered by
            // 「光大人工智能产业基地在西部(重庆)科学城开工建设」: the event is the base's; nor
            // 「金凤隧道何时开工」 by 「白市驿隧道开工建设，……金凤隧道也在加紧建设」.
            if (analysis.asked() == Asked.DATE && !analysis.events().isEmpty()
                    && analysis.events().stream().allMatch(e -> anotherThingsEvent(glossary, chinese, e, analysis))) {
                return Optional.of(Mismatch.EVENT);
            }
            return Optional.empty();
        }

    }

    // A name written right after 与 (and, with) is a party beside the one before it.
    private static final Pattern PARTY_BEFORE = Pattern.compile("[与和同跟]$");

    // How far apart (characters) a date and its event's words may be written: 「今年7月，科学城与
    // 国核铀业发展有限责任公司成功签约」 is one telling.
    private static final int DATE_TO_EVENT = 30;

    /**
     * Whether every telling of the event in the sentence comes shortly after the name of
     * one particular thing (an institution, a park, a company) the question does not
     * name: then the event is that thing's. A question may name it short: 「光大人工智能基地」
     * names 重庆光大人工智能产业基地 by its own word 光大.
     */
    static boolean anotherThingsEvent(Glossary glossary, String chinese, QuestionAnalysis.Event event,
            QuestionAnalysis analysis) {
        List<int[]> spans = event.spansIn(chinese);
        List<String> asked = analysis.attributes().stream().filter(a -> a.codePointCount(0, a.length()) >= 2).toList();
        Set<String> subjectWords = analysis.specific()
            .stream()
            .flatMap(name -> ownWords(glossary, name).stream())
            .collect(java.util.stream.Collectors.toSet());
        List<Integer> thingEnds = glossary.foundInChinese(chinese)
            .stream()
            .filter(Glossary.Entry::namesOneThing)
            .filter(e -> analysis.specific().stream().noneMatch(e.chinese()::contains))
            .flatMap(e -> e.chinese().stream())
            .filter(chinese::contains)
            // Nor a thing named by a word of the question's own subject: 重庆光大人工智能产业基地 is
            // the base a question about 光大集团's base asks after.
            .filter(form -> ownWords(glossary, form).stream()
                .noneMatch(own -> asked.stream().anyMatch(a -> a.contains(own) || own.contains(a))
                        || subjectWords.contains(own)))
            // A thing named as the other party (「科学城与国核铀业……签约」) shares the event.
            .filter(form -> !PARTY_BEFORE.matcher(chinese.substring(0, chinese.indexOf(form))).find())
            .map(form -> chinese.indexOf(form) + form.length())
            .toList();
        return !spans.isEmpty() && spans.stream()
            .allMatch(span -> thingEnds.stream().anyMatch(end -> end <= span[0] && span[0] - end <= DATE_TO_EVENT));
    }

    // Words a name shares with many others: where and in what field a thing is, not
    // which.
    private static final Pattern SHARED_NAME_WORDS = Pattern.compile("重庆|成都|四川|西部|中国|国家|产业|科技|创新|智能|发展");

    /**
     * The words only this thing's name has (光大 of 重庆光大人工智能产业基地): what is left of it
     * without the glossary's other names, places, fields and its head word.
     */
    static List<String> ownWords(Glossary glossary, String name) {
        String rest = HEAD.matcher(name).replaceAll("");
        for (Glossary.Entry other : glossary.foundInChinese(rest)) {
            for (String form : other.chinese()) {
                if (!form.equals(name)) {
                    rest = rest.replace(form, " ");
                }
            }
        }
        rest = SHARED_NAME_WORDS.matcher(rest).replaceAll(" ");
        return java.util.Arrays.stream(rest.split("\\s+")).filter(w -> w.codePointCount(0, w.length()) >= 2).toList();
    }

    /**
     * Whether a date stands within a short distance of the sentence's telling of the
     * event.
     */
    static boolean datedBeside(String chinese, QuestionAnalysis.Event event) {
        List<int[]> dates = DATE.matcher(chinese).results().map(r -> new int[] { r.start(), r.end() }).toList();
        List<int[]> spans = event.spansIn(chinese);
        // A sentence that opens with its date dates all it tells: 「2021年底，科学谷一期项目
        // 取得新进展——新建部分首栋建筑迎来封顶」.
        // Not an event still to come: 「隧道投用后」, 「将于……投用」.
        if (LEADING_DATE.matcher(chinese).lookingAt() && spans.stream().anyMatch(e -> !toCome(chinese, e))) {
            return true;
        }
        return spans.stream()
            .anyMatch(e -> dates.stream().anyMatch(d -> Math.max(d[0] - e[1], e[0] - d[1]) <= DATE_TO_EVENT));
    }

    private static boolean toCome(String chinese, int[] span) {
        String before = chinese.substring(Math.max(0, span[0] - 4), span[0]);
        return chinese.startsWith("后", span[1]) || before.contains("将") || before.contains("待")
                || before.contains("预计");
    }

    private static final Pattern LEADING_DATE = Pattern.compile(
            "(?:(?:19|20)\\d\\d年|今年|去年)(?:\\d{1,2}月(?:\\d{1,2}日)?|年底|年初|年末|底|初|上半年|下半年)?[，,]|\\d{1,2}月(?:\\d{1,2}日)?(?:上午|下午)?[，,]");

    /**
     * Whether the sentence speaks of the place, not only of an institution named after
     * it.
     */
    static boolean about(String chinese, String place) {
        return QuestionAnalyzer.speaksOf(chinese, place);
    }

    // The few patterns built from a question (a place, a set of measure words), compiled
    // once: they are matched against every sentence read.
    private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The share of the things asked about that the sentence names (1 when the question
     * names none, or is English and the passage has no English to hold it to).
     */
    public double attributeShare(String chinese, Optional<String> english, QuestionAnalysis analysis,
            Map<String, List<String>> alternatives) {
        return attributeShare(glossary, chinese, english, analysis, alternatives);
    }

    static double attributeShare(Glossary glossary, String chinese, Optional<String> english, QuestionAnalysis analysis,
            Map<String, List<String>> alternatives) {
        List<String> asked = analysis.attributes();
        String lowerEnglish = english.map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
        List<String> holdable = english.isPresent() ? asked
                : asked.stream().filter(a -> a.chars().anyMatch(c -> c >= 0x2E80)).toList();
        if (holdable.isEmpty()) {
            return 1;
        }
        long named = holdable.stream()
            .filter(a -> names(a, chinese, lowerEnglish, alternatives)
                    || namesAsGlossary(glossary, a, chinese, lowerEnglish))
            .count();
        return (double) named / holdable.size();
    }

    private static String lowerEnglish(Optional<String> english) {
        return english.map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
    }

    private static boolean names(String attribute, String chinese, String lowerEnglish,
            Map<String, List<String>> alternatives) {
        if (chinese.contains(attribute) || (!lowerEnglish.isEmpty() && lowerEnglish.contains(stem(attribute)))
                || namesWithWordsBetween(attribute, chinese)) {
            return true;
        }
        return alternatives.entrySet()
            .stream()
            .filter(alt -> alt.getKey().toLowerCase(Locale.ROOT).contains(attribute.toLowerCase(Locale.ROOT)))
            .flatMap(alt -> alt.getValue().stream())
            .anyMatch(w -> chinese.contains(w) || (!lowerEnglish.isEmpty() && lowerEnglish.contains(stem(w))));
    }

    // How many characters a sentence may set inside a Chinese phrase of the question:
    // 「共建具有全国影响力的科技创新中心」 names 共建科技创新中心.
    private static final int WORDS_BETWEEN = 10;

    /**
     * Whether a Chinese phrase of four characters or more stands in the sentence with
     * words set inside it once, each part of two characters or more.
     */
    static boolean namesWithWordsBetween(String phrase, String chinese) {
        if (phrase.length() < 4
                || !phrase.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        for (int k = 2; k <= phrase.length() - 2; k++) {
            String head = phrase.substring(0, k);
            String tail = phrase.substring(k);
            for (int i = chinese.indexOf(head); i >= 0; i = chinese.indexOf(head, i + 1)) {
                int j = chinese.indexOf(tail, i + k);
                if (j >= 0 && j - (i + k) <= WORDS_BETWEEN) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A glossary term is named by any of its forms: 地区生产总值 by "GDP", in Chinese or in the
     * English translation.
     */
    private static boolean namesAsGlossary(Glossary glossary, String attribute, String chinese, String lowerEnglish) {
        return glossary.entryFor(attribute).map(entry -> {
            if (entry.chinese().stream().anyMatch(chinese::contains)) {
                return true;
            }
            return !lowerEnglish.isEmpty() && java.util.stream.Stream
                .concat(java.util.stream.Stream.of(entry.english()), entry.variants().stream())
                .map(f -> f.replace("\"", "").strip().toLowerCase(Locale.ROOT))
                .anyMatch(f -> f.length() >= 3 && lowerEnglish.contains(f));
        }).orElse(false);
    }

    // Enough of an English word to find it inflected: "enterprises" and "enterprise",
    // "grew" aside.
    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 5 ? w.substring(0, w.length() - 2) : w;
    }

    /**
     * Whether the sentence counts in one of the asked units (any, when none is asked): a
     * number of people is not a number of projects.
     */
    static boolean countsIn(String chinese, List<String> units) {
        if (units.isEmpty()) {
            return true;
        }
        String measure = String.join("|", units);
        return PATTERNS
            .computeIfAbsent("units:" + measure,
                    k -> Pattern.compile("(\\d[\\d.,，]*|[十百千万]+)\\s*(万|亿)?\\s*(余|多)?\\s*(" + measure + ")"))
            .matcher(chinese)
            .find();
    }

    // A year a span starts from, up to the report: 「自2020年启动建设至今」, 「2023年以来」.
    private static final Pattern SINCE_YEAR = Pattern
        .compile("(?:自|从)(?:19|20)\\d\\d年?(?=[^，。；]{0,12}?(?:至今|以来))|(?:19|20)\\d\\d年?以来");

    /**
     * 「多少办公楼宇」 counts what is measured, not counted: a figure and its unit written right
     * before the asked thing (「约140万平方米办公楼宇」) answer it.
     */
    static boolean measures(String chinese, QuestionAnalysis analysis) {
        return analysis.asked() == Asked.COUNT && analysis.counted()
            .stream()
            .filter(c -> c.codePoints().allMatch(Character::isIdeographic))
            .anyMatch(c -> PATTERNS
                .computeIfAbsent("measured:" + c, k -> Pattern.compile(
                        "\\d[\\d.,]*\\s*(万|亿)?\\s*(余|多)?\\s*(平方公里|平方米|亩|公顷|吨|千瓦|元)\\p{IsHan}{0,3}" + Pattern.quote(c)))
                .matcher(chinese)
                .find());
    }

    /** Whether this sentence carries the kind of thing asked. */
    static boolean carries(String chinese, String both, Asked asked) {
        return switch (asked) {
            case COUNT -> COUNTED.matcher(chinese).find() || COUNT_WORDS.matcher(chinese).find();
            case AMOUNT -> AMOUNT.matcher(both).find();
            case PERCENTAGE -> PERCENT.matcher(both).find();
            case SHARE -> SHARE.matcher(chinese).find();
            case AREA -> AREA.matcher(both).find();
            case DATE -> DATE.matcher(chinese).find();
            case DURATION -> DURATION.matcher(both).find();
            case PERSON -> PERSON.matcher(chinese).find();
            case ORGANISATION -> ORGANISATION.matcher(chinese).find();
            default -> true;
        };
    }

    // 「同年」, 「当年」, 「这一年」: the year the text named last, not the report's. 「同期」 (the
    // same period) refers back to the year too, and to the part of it (上半年) named last.
    private static final Pattern SAME_YEAR = Pattern.compile("同年|当年|这一年|那一年|是年|该年|同期|同一时期");

    private static final Pattern SAME_PERIOD = Pattern.compile("同期|同一时期");

    /**
     * The passage after the one before it in its article: a paragraph may begin with
     * 「同期」, and the period it means is the one its article named last.
     */
    private static String withPreceding(SearchHit hit) {
        return hit.preceding().isEmpty() ? hit.text() : hit.preceding() + "\n" + hit.text();
    }

    /**
     * The parts of the year a sentence speaks of: those it names, or, when it names none
     * and says 「同期」, the last its passage names before it.
     */
    static List<PartOfYear> partsOfYear(String passage, String sentence) {
        List<PartOfYear> named = PartOfYear.namedIn(sentence);
        int at = passage.indexOf(sentence);
        if (!named.isEmpty() || at <= 0 || !SAME_PERIOD.matcher(sentence).find()) {
            return named;
        }
        List<PartOfYear> before = PartOfYear.namedIn(passage.substring(0, at));
        return before.isEmpty() ? named : List.of(before.get(before.size() - 1));
    }

    /**
     * The year a sentence that names none refers back to: the last year its passage names
     * before it, when the sentence says "that same year". A news report dates a run of
     * facts once and goes on with 「同年」; read as the report's own year, the fact would be
     * the wrong year's.
     */
    static Optional<String> referredYear(String passage, String sentence) {
        if (YEAR.matcher(sentence).find() || !SAME_YEAR.matcher(sentence).find()) {
            return Optional.empty();
        }
        int at = passage.indexOf(sentence);
        if (at <= 0) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(SINCE_YEAR.matcher(passage.substring(0, at)).replaceAll(" "));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    /**
     * A sentence (or passage) belongs to an asked year when it names it; one that names
     * only other years does not; one that names none belongs to its article's year.
     */
    public static boolean inYear(String sentence, String published, List<String> years) {
        // 「自2020年启动建设至今，……34个」: a figure since a year is its report's.
        Matcher m = YEAR.matcher(SINCE_YEAR.matcher(sentence).replaceAll(" "));
        boolean namesAYear = false;
        while (m.find()) {
            namesAYear = true;
            if (years.contains(m.group(1))) {
                return true;
            }
        }
        return !namesAYear && ArticleMetadata.yearOf(published).filter(years::contains).isPresent();
    }

}
