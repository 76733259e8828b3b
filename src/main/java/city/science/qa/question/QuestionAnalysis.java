package city.science.qa.question;

import java.util.List;
import java.util.Optional;

/**
 * What a question asks, about what, under which constraints: read by the gate, the
 * answerer, the language model's prompt, and shown to staff with the answer.
 *
 * @param asked the kind of thing an answer must carry
 * @param subjects the names the question is about (the glossary's Chinese names)
 * @param specific those subjects an answer must be about (an institution, a park, a
 * company…)
 * @param years the years the question is bound to
 * @param partOfYear the months of the year it is bound to (上半年, "first three quarters"),
 * if any
 * @param places places other than the Science City's own that the question names (成都,
 * Beijing)
 * @param events what must have happened, for a date or a person (建成, 成立…): the Chinese
 * verbs
 * @param overTime the question asks how something changed, compares, or asks for a trend
 * @param attributes what is asked about besides names, places and years (高新技术企业, GDP): a
 * sentence that answers names one of them, or the corpus's word for it
 * @param units for a count, the measure words its figure must carry (名, 人, 位 for people;
 * 家 for companies): 「多少名科研人员」 is not answered by 「7项成果」; empty when any will do
 * @param counted for a count, what it counts as the question words it ("tunnels", 上市公司 →
 * 公司): a sentence that answers names one of them; empty when the question does not say or
 * a measure word already binds it
 * @param qualifiers for a count, the words of the question that say which of the counted
 * things (software of "software companies", 上市 of 上市公司): a sentence that answers names
 * one of them, as a count of companies is not a count of listed ones
 * @param ordinal which one of a series of events it asks about (第二次联席会议), if any
 * @param current it asks for a figure as it stands (now, 目前): not for a target set for a
 * later year
 */
public record QuestionAnalysis(Asked asked, List<String> subjects, List<String> specific, List<String> years,
        Optional<PartOfYear> partOfYear, List<String> places, List<Event> events, boolean overTime,
        List<String> attributes, List<String> units, List<String> counted, List<String> qualifiers,
        Optional<Ordinal> ordinal, boolean current) {

    public QuestionAnalysis {
        subjects = List.copyOf(subjects);
        specific = List.copyOf(specific);
        years = List.copyOf(years);
        places = List.copyOf(places);
        events = List.copyOf(events);
        attributes = List.copyOf(attributes);
        units = List.copyOf(units);
        counted = List.copyOf(counted);
        qualifiers = List.copyOf(qualifiers);
    }

    // How many years after "since 2020" (「比起2020年」) a question about change reaches.
    private static final int SINCE_SPAN = 20;

    /**
     * The years a sentence may speak of: the asked ones; for a question about change, the
     * years from the first to the last asked ("from 2020 to 2022"), or from the one asked
     * on ("比起2020年底多了多少", "since 2020").
     */
    public List<String> yearsInScope() {
        if (!overTime || years.isEmpty()) {
            return years;
        }
        int from = years.stream().mapToInt(Integer::parseInt).min().orElseThrow();
        int to = years.size() == 1 ? from + SINCE_SPAN : years.stream().mapToInt(Integer::parseInt).max().orElseThrow();
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    /**
     * Whether the question asks for a figure: a count, an amount, a percentage, an area
     * or a span of time.
     */
    public boolean asksForFigure() {
        return asked == Asked.COUNT || asked == Asked.AMOUNT || asked == Asked.PERCENTAGE || asked == Asked.SHARE
                || asked == Asked.AREA || asked == Asked.DURATION;
    }

    /**
     * No analysis: any sentence may answer (the behaviour before analysis existed, for
     * comparison).
     */
    public static final QuestionAnalysis NONE = new QuestionAnalysis(Asked.OTHER, List.of(), List.of(), List.of(),
            Optional.empty(), List.of(), List.of(), false, List.of(), List.of(), List.of(), List.of(), Optional.empty(),
            false);

    /**
     * An event a date or a person must belong to, with the words the articles use for it.
     */
    public enum Event {

        /** Built, completed. */
        COMPLETED("建成|竣工|完工|落成|\\bcomplet(ed|ion)\\b|\\bfinished\\b"),

        /** Founded, set up. */
        FOUNDED("成立|创立|创办|组建|创建|\\bfound(ed|ing)\\b|\\bestablished\\b|\\bset up\\b"),

        /** Started operating, opened. */
        OPENED("正式运行|运行|投用|投运|投入运营|投入使用|启用|揭牌|开业|开通|开馆|开园|通车|\\bopen(ed|s|ing)?\\b|\\boperat(ion|ing|e|ed)\\b|\\blaunched\\b"),

        /** Construction began. */
        STARTED("开工|动工|开建|启动建设|construction (of [\\w ()'-]{1,60} )?(began|begin|start|started)"
                + "|\\b(start|starts|started|begin|began|begun) (construction|building)\\b"
                + "|\\b(break|breaks|broke|breaking) ground\\b|\\bground-?breaking\\b"),

        /** Production started. */
        PRODUCTION(
                "投产|量产|\\b(start|starts|started|began|begin|begins|go|goes|went) (into )?(production|producing|manufacturing)\\b|\\bmass[- ]produc\\w*"),

        /** Signed. */
        SIGNED("签约|签署|签订|\\bsigned\\b"),

        /** Approved by a higher authority. */
        APPROVED("批准|获批|批复|审批通过|\\bapprov(ed|al)\\b"),

        /** Topped out. */
        TOPPED_OUT("封顶|\\btopped\\b");

        private final java.util.regex.Pattern words;

        Event(String words) {
            this.words = java.util.regex.Pattern.compile(words, java.util.regex.Pattern.CASE_INSENSITIVE);
        }

        /** Whether a sentence tells of this event. */
        public boolean toldIn(String sentence) {
            return words.matcher(sentence).find();
        }

        /** Where the sentence tells of this event: the start and end of each telling. */
        public java.util.List<int[]> spansIn(String sentence) {
            return words.matcher(sentence).results().map(r -> new int[] { r.start(), r.end() }).toList();
        }

    }

}
