package city.science.qa.answer;

import city.science.qa.corpus.ArticleMetadata;
import city.science.qa.corpus.Figures;
import city.science.qa.corpus.Sentences;
import city.science.qa.question.Asked;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.Evidence;
import city.science.qa.search.Language;
import city.science.qa.search.QueryTerms;
import city.science.qa.search.SearchHit;
import city.science.qa.translation.Gloss;
import city.science.qa.translation.QueryTranslation;
import city.science.qa.translation.UntranslatedAnswer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The offline answer: no model writes anything. From the best passages it quotes the one
 * to three sentences that share most with the question (with the figure a 多少 / how-many
 * question asks for; a defining sentence for 是什么 / what-is), each followed by the [n] of
 * its passage, and says the source's date where a figure is time-bound. An English
 * question is answered from the aligned English translation.
 */
@Component
public class ExtractiveAnswerer {

    private static final Pattern ASKS_QUANTITY = Pattern
        .compile("多少|几|多大|多高|多长|多快|多久|比例|占比|规模|增长|增速|涨|how (many|much|large|big|fast|far|long)"
                + "|what (share|percentage|proportion|was the total|is the total)|number of|amount|growth|grow|rate",
                Pattern.CASE_INSENSITIVE);

    private static final Pattern ASKS_DEFINITION = Pattern
        .compile("是什么|是指|指什么|什么是|哪些|包括|what (is|are|does)|which|what's", Pattern.CASE_INSENSITIVE);

    private static final Pattern ASKS_NAME = Pattern.compile("叫什么|叫啥|名字|名称|\\b(called|named|name of|title of)\\b",
            Pattern.CASE_INSENSITIVE);

    // A policy, plan or measure is named by its title: 《西部(重庆)科学城金凤凰人才支持政策》.
    private static final Pattern TITLE = Pattern.compile("《[^》]+》");

    private static final Pattern DEFINES = Pattern.compile("是|为|作为|即|指|包括|涵盖|\\bis\\b|\\bare\\b|\\bincludes?\\b|:|：");

    private static final Pattern ENGLISH_LOWER_START = Pattern.compile(
            "^(The|This|These|That|Its|It|A|An|In|At|By|From|Over|Since|So|Data|Among|Of|With|On|For|As|To|When|Where|While|Platforms|Major|Recently|Moreover|Meanwhile|Currently|Through|After|Before|During|Under|Since|Together|Both|Each|Every|All|Most|More|Some|Many|Several|Nearly|Around|Over|Such|Projects|Companies|Enterprises|Its|Their|There|Here|Once|Now|Today|So far)\\b");

    private static final Pattern DATE = Pattern
        .compile("\\d{4}(?:年|—\\d{4}年)|\\d{1,2}(?:月|日|号)|\\d{1,2}\\s*[—-]\\s*\\d{1,2}月");

    // A month or a day the sentence gives no year for (「6月10日下午」, 「今年5月」).
    private static final Pattern DATE_WITHOUT_YEAR = Pattern.compile("^(?!.*\\d{4}\\s*年).*\\d{1,2}\\s*(?:月|日|号)");

    // A goal is not a fact: 「到2025年……软件企业达2000家」 does not say how many there are.
    private static final Pattern STATES_TARGET = Pattern.compile("力争|将达|将实现|将建成|将形成|将提供|预计|目标|到20\\d\\d年");

    private static final Pattern ASKS_TARGET = Pattern.compile(
            "目标|计划|力争|将|预计|规划(?!面积)|打算|想要|想成为|瞄准|到20\\d\\d|\\b(will|aim\\w*|target\\w*|plan(s|ned|ning)?|goals?|expect\\w*|forecast\\w*|should|going to|by 20\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final double KEEP_RATIO = 0.8;

    // A second date's figure joins the answer only when it answers nearly as well as the
    // best.
    private static final double TIMELINE_RATIO = 0.9;

    // Asked about change, every dated source that fits (and names what is asked) is
    // wanted, even one
    // that retrieval ranked lower.
    private static final double OVER_TIME_RATIO = 0.5;

    private static final int TIMELINE_LINES = 3;

    // A dated line must be about what was asked: at least half the question's words for
    // it.
    private static final double TIMELINE_ATTRIBUTES = 0.5;

    private final QueryTerms queryTerms;

    private final AnswerProperties properties;

    private final Suggestions suggestions;

    private final Quotes quotes;

    private final EvidenceFit fit;

    private final Gloss gloss;

    private final UntranslatedAnswer untranslated;

    private final QueryTranslation translation;

    private final AnswerScorer scorer;

    public ExtractiveAnswerer(QueryTerms queryTerms, AnswerProperties properties, Suggestions suggestions,
            Quotes quotes, EvidenceFit fit, Gloss gloss, UntranslatedAnswer untranslated, QueryTranslation translation,
            AnswerScorer scorer) {
        this.scorer = scorer;
        this.translation = translation;
        this.fit = fit;
        this.gloss = gloss;
        this.untranslated = untranslated;
        this.quotes = quotes;
        this.queryTerms = queryTerms;
        this.properties = properties;
        this.suggestions = suggestions;
    }

    /**
     * One sentence that may answer.
     *
     * @param en its translation, if it has one
     * @param readable what an English question is held to: the translation, or for an
     * untranslated sentence its gloss with the question's words the dictionary finds in
     * it
     * @param probability the scorer's probability that it answers
     */
    record Candidate(SearchHit hit, int hitRank, String zh, Optional<String> en, Optional<String> readable,
            SentenceFeatures features, double probability) {

        /** The hand-weighted order among sentences that answer. */
        double score() {
            return features.ruleScore();
        }

        boolean unaskedGoal() {
            return features.unaskedGoal();
        }

        Optional<EvidenceFit.Mismatch> mismatch() {
            return features.mismatch();
        }

        Candidate scored(SentenceFeatures leading, AnswerScorer scorer) {
            return new Candidate(hit, hitRank, zh, en, readable, leading, scorer.probability(leading));
        }

    }

    /**
     * A sentence as the answer scorer read it: what {@code make train} learns from.
     *
     * @param probability the scorer's probability that it answers
     */
    public record ReadSentence(String passageId, String chinese, Optional<String> english, SentenceFeatures features,
            double probability) {
    }

    /**
     * Whether the corpus holds an answer: the best passage is close enough in meaning,
     * and the best passages contain enough of what the question asks about.
     */
    public boolean grounded(Language language, Evidence evidence) {
        return !properties.abstention().refuses(language, evidence);
    }

    /**
     * The quoted answer, however weak the evidence: {@link #grounded} is the abstention
     * threshold. Only sentences that fit the question may answer ({@link EvidenceFit});
     * when the best passages hold none, the next ones are read; when none fits, the
     * answer says so and cites the closest sentence as related. A figure the sources give
     * at several dates is answered one dated line per source, oldest first.
     */
    public Answer answer(String question, QuestionAnalysis analysis, Language language, List<SearchHit> hits) {
        return answer(question, analysis, Map.of(), language, hits);
    }

    /**
     * The same, with the corpus's words for the question's everyday ones (they count for
     * fit).
     */
    public Answer answer(String question, QuestionAnalysis analysis, Map<String, List<String>> alternatives,
            Language language, List<SearchHit> hits) {
        return answer(read(question, analysis, alternatives, language, hits));
    }

    /**
     * The sentences read for one question, best first by the scorer: what the offline
     * answer, and the decision whether to answer at all, are made from.
     */
    public record Reading(String question, QuestionAnalysis analysis, Map<String, List<String>> alternatives,
            Language language, List<Candidate> candidates) {

        /**
         * Whether a sentence answers whatever the evidence fit says: the scorer is sure.
         */
        boolean answersOutright(AnswerScorer scorer) {
            // Best first: the first is the one the scorer is surest of.
            return !candidates.isEmpty() && scorer.answersOutright(language, candidates.get(0).probability());
        }

    }

    /**
     * Reads the passages' sentences for a question, as the answer is chosen from them.
     */
    public Reading read(String question, QuestionAnalysis analysis, Map<String, List<String>> alternatives,
            Language language, List<SearchHit> hits) {
        return new Reading(question, analysis, alternatives, language,
                candidates(question, analysis, alternatives, language, hits));
    }

    /**
     * Whether to answer: the abstention gate's coverage and similarity, overruled where
     * the learned scorer is sure of a sentence. The gate's thresholds were set by hand
     * before the scorer was learned; a passage the gate finds too far from the question
     * (a glossed one reads far from English) may still hold a sentence that states what
     * is asked in the question's words.
     */
    public boolean grounded(Evidence evidence, Reading reading) {
        return grounded(reading.language(), evidence) || reading.answersOutright(scorer);
    }

    /** The offline answer from what was read. */
    public Answer answer(Reading reading) {
        String question = reading.question();
        QuestionAnalysis analysis = reading.analysis();
        Map<String, List<String>> alternatives = reading.alternatives();
        Language language = reading.language();
        List<Candidate> all = reading.candidates();
        // What answers is what the scorer rates at its answer threshold, best first. The
        // passage's rank is one of its signals, so a sentence read deeper that answers
        // better answers instead.
        // Of those, the hand-weighted order picks (as tuned on the seed articles).
        List<Candidate> answering = all.stream()
            .filter(c -> scorer.answers(c.features(), c.probability()))
            .sorted(Comparator.comparingDouble(Candidate::score).reversed())
            .toList();
        if (answering.isEmpty()) {
            // Nothing answers: the closest sentence, cited as related when it comes
            // close.
            // It is below the answer threshold, so "not stated" never stands above a
            // sentence the scorer takes for the answer.
            return all.isEmpty() || all.get(0).probability() < scorer.relatedAt(language) ? noAnswer(question, language)
                    : partial(language, analysis, all.get(0));
        }
        // A goal among dated figures would read as one of them ("by 2022: 2000 firms; by
        // 2023: 1301").
        // Once the question is answered, the lines beside the answer (another date's
        // figure, a sentence nearly as good) may be any the fit accepts: the scorer
        // decides
        // whether the articles answer, the fit what else bears on it.
        List<Candidate> beside = all.stream()
            .filter(c -> c.mismatch().isEmpty() || scorer.answers(c.features(), c.probability()))
            .sorted(Comparator.comparingDouble(Candidate::score).reversed())
            .toList();
        List<Candidate> timeline = timeline(analysis, beside.stream()
            .filter(c -> fit.attributeShare(c.zh(), c.readable(), analysis, alternatives) >= TIMELINE_ATTRIBUTES)
            .filter(c -> !c.unaskedGoal())
            .toList());
        if (timeline.size() > 1) {
            return composeTimeline(language, analysis, timeline);
        }
        return compose(language, analysis, choose(answering.get(0), beside));
    }

    /** Every sentence the answer is chosen from, as the scorer read it, best first. */
    public List<ReadSentence> readSentences(String question, QuestionAnalysis analysis,
            Map<String, List<String>> alternatives, Language language, List<SearchHit> hits) {
        return candidates(question, analysis, alternatives, language, hits).stream()
            .map(c -> new ReadSentence(c.hit().passageId(), c.zh(), c.en(), c.features(), c.probability()))
            .toList();
    }

    private List<Candidate> candidates(String question, QuestionAnalysis analysis,
            Map<String, List<String>> alternatives, Language language, List<SearchHit> hits) {
        Set<String> terms = queryTerms.of(question);
        // An English question's words in the dictionary's Chinese, to read untranslated
        // sentences.
        List<QueryTranslation.Term> crossTerms = language == Language.EN
                && hits.stream().anyMatch(h -> h.translation() == null) ? crossTerms(question, analysis) : List.of();
        Words words = Words.of(terms, crossTerms, language);
        Asks asks = Asks.of(question);
        List<Candidate> all = new ArrayList<>();
        // Retrieval read deeper for change or a year: every passage it kept may answer.
        int depth = analysis.overTime() || !analysis.years().isEmpty() ? hits.size()
                : Math.min(hits.size(), properties.fitPassages());
        for (int r = 0; r < depth; r++) {
            all.addAll(candidates(question, hits.get(r), r, words, asks, analysis, alternatives, language, hits));
        }
        double bestOverlap = all.stream().mapToDouble(c -> c.features().overlap()).max().orElse(0);
        return all.stream()
            .map(c -> c.scored(c.features().leading(bestOverlap), scorer))
            .sorted(Comparator.comparingDouble(Candidate::probability).reversed())
            .toList();
    }

    /**
     * The question's words, read once per question.
     *
     * @param terms its search terms
     * @param cross an English question's words with their dictionary Chinese
     * @param slot its words as a sentence (or its translation) holds them, for the slot
     * signals
     * @param glossSlot each English word's dictionary Chinese, for the slot signals of an
     * untranslated sentence
     */
    private record Words(Set<String> terms, List<QueryTranslation.Term> cross, List<List<String>> slot,
            List<List<String>> glossSlot) {

        static Words of(Set<String> terms, List<QueryTranslation.Term> cross, Language language) {
            List<List<String>> slot = terms.stream()
                .filter(t -> language == Language.EN ? t.length() >= 3
                        : t.length() >= 2 && t.codePoints().anyMatch(c -> c >= 0x2E80))
                .map(List::of)
                .toList();
            return new Words(terms, cross, slot, cross.stream().map(QueryTranslation.Term::chinese).toList());
        }

    }

    private List<Candidate> candidates(String question, SearchHit hit, int rank, Words words, Asks asks,
            QuestionAnalysis analysis, Map<String, List<String>> alternatives, Language language,
            List<SearchHit> retrieved) {
        Set<String> terms = words.terms();
        List<QueryTranslation.Term> crossTerms = words.cross();
        Sentences.Aligned sentences = Sentences.aligned(hit.text(), hit.translation());
        List<String> zh = sentences.chinese();
        boolean glossed = hit.translation() == null && language == Language.EN;
        // With no translation yet, an English question is matched against each
        // sentence's gloss (only read, never quoted), and the passage against theirs.
        List<Optional<String>> readables = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            readables.add(glossed ? Optional.of(gloss.of(zh.get(i)) + confirmed(crossTerms, zh.get(i)))
                    : sentences.englishAt(i));
        }
        EvidenceFit.Passage passage = fit.forPassage(hit, analysis, alternatives, retrieved,
                glossed ? Optional.of(String.join(" ", readables.stream().map(Optional::orElseThrow).toList()))
                        : Optional.empty());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            String sentence = zh.get(i);
            Optional<String> english = sentences.englishAt(i);
            Optional<String> readable = readables.get(i);
            double overlap = quotes.overlap(terms, sentence + readable.map(en -> " " + en).orElse(""));
            if (glossed) {
                // The gloss has one sense per word; the question may use another
                // ("revenue" for
                // 营收, whose first sense is "sales"): its words are also looked for in
                // Chinese.
                overlap = Math.max(overlap, crossOverlap(crossTerms, sentence));
            }
            boolean slotFilled = language == Language.ZH && SlotFill.fills(question, sentence);
            Optional<EvidenceFit.Mismatch> mismatch = passage.mismatch(sentence, readable);
            if (slotFilled && mismatch.filter(EvidenceFit.Mismatch.WHAT_IS_ASKED::equals).isPresent()) {
                // The sentence states the asked figure in the question's own words:
                // the fit read the asked kind too narrowly.
                mismatch = Optional.empty();
            }
            SentenceFeatures features = new SentenceFeatures(overlap, 0,
                    glossed ? crossOverlap(crossTerms, sentence) : 0, hit.score(), hit.similarity(), rank,
                    zh.size() == 1 ? 0 : (double) i / (zh.size() - 1), asks.quantity(), hasQuantity(sentence),
                    analysis.attributes().isEmpty() ? 0
                            : fit.attributeShare(sentence, readable, analysis, alternatives),
                    asks.definition() && DEFINES.matcher(sentence).find(),
                    asks.name() && TITLE.matcher(sentence).find(),
                    !asks.target() && STATES_TARGET.matcher(sentence).find(), slotFilled, mismatch, glossed,
                    language == Language.EN,
                    AnswerSlot.of(question, analysis, sentence,
                            language == Language.EN && !glossed ? english : Optional.empty(),
                            glossed ? words.glossSlot() : words.slot()));
            out.add(new Candidate(hit, rank, sentence, english, readable, features, 0));
        }
        return out;
    }

    /**
     * The question's words with their dictionary Chinese, and the words a count counts
     * alone: "joint projects" may be one dictionary phrase (联合项目) while the sentence says
     * 合作项目, and 项目 is still "projects".
     */
    private List<QueryTranslation.Term> crossTerms(String question, QuestionAnalysis analysis) {
        List<QueryTranslation.Term> out = new ArrayList<>(translation.of(question));
        analysis.counted()
            .stream()
            .filter(c -> out.stream().noneMatch(t -> t.english().equals(c)))
            .forEach(c -> out.addAll(translation.of(c)));
        return out;
    }

    static String confirmed(List<QueryTranslation.Term> terms, String chinese) {
        StringBuilder out = new StringBuilder();
        terms.stream()
            .filter(t -> t.chinese().stream().anyMatch(chinese::contains))
            .forEach(t -> out.append(' ').append(t.english()));
        return out.toString();
    }

    /**
     * The share of an English question's words whose dictionary Chinese stands in the
     * sentence.
     */
    static double crossOverlap(List<QueryTranslation.Term> terms, String chinese) {
        if (terms.isEmpty()) {
            return 0;
        }
        long found = terms.stream().filter(t -> t.chinese().stream().anyMatch(chinese::contains)).count();
        return (double) found / terms.size();
    }

    /**
     * What the wording of a question asks for, as the choice of its sentence reads it.
     *
     * @param quantity how many or how much
     * @param definition what something is
     * @param target a goal or plan (a goal answers nothing else)
     * @param name what something is called
     */
    record Asks(boolean quantity, boolean definition, boolean target, boolean name) {

        static Asks of(String question) {
            boolean quantity = ASKS_QUANTITY.matcher(question).find();
            return new Asks(quantity, !quantity && ASKS_DEFINITION.matcher(question).find(),
                    ASKS_TARGET.matcher(question).find(), ASKS_NAME.matcher(question).find());
        }

    }

    /** A figure that is an amount, not a date: 「4月」「2021年」「8月30日」 carry no quantity. */
    static boolean hasQuantity(String sentence) {
        String withoutDates = DATE.matcher(sentence).replaceAll(" ");
        return !Figures.in(withoutDates).isEmpty();
    }

    /**
     * The best sentence, and others nearly as good, up to the configured number, in
     * source order.
     */
    private List<Candidate> choose(Candidate answer, List<Candidate> beside) {
        List<Candidate> chosen = new ArrayList<>(List.of(answer));
        double best = answer.score();
        for (Candidate c : beside) {
            if (chosen.size() >= properties.maxSentences()) {
                break;
            }
            if (c != answer && c.score() >= best * KEEP_RATIO) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::hitRank).thenComparingInt(c -> c.hit().text().indexOf(c.zh())));
        return chosen;
    }

    private Answer compose(Language language, QuestionAnalysis analysis, List<Candidate> chosen) {
        Map<String, Citation> citations = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Candidate c : chosen) {
            Citation citation = citations.computeIfAbsent(c.hit().passageId(), id -> citation(citations.size() + 1, c));
            boolean english = language == Language.EN && c.en().isPresent();
            String sentence = language == Language.EN && c.en().isEmpty() ? untranslated(c, analysis) + " "
                    : attributed(english ? c.en().get() : c.zh(), english, c.hit().published(), c.zh());
            if (!text.isEmpty() && language == Language.EN) {
                text.append(' ');
            }
            text.append(sentence).append('[').append(citation.marker()).append(']');
        }
        return Answer.extractive(language, text.toString(), List.copyOf(citations.values()));
    }

    /**
     * "According to a 2022 report, …" / 「据2022年报道，……」 before a sentence whose figure is
     * time-bound, or whose date has no year (「4月，……开工」: April of which year?).
     */
    static String attributed(String sentence, boolean english, String published, String chinese) {
        Optional<String> dated = ArticleMetadata.yearOf(published);
        if (dated.isEmpty() || !hasQuantity(chinese) && !DATE_WITHOUT_YEAR.matcher(chinese).find()) {
            return sentence;
        }
        String year = dated.get();
        if (!english) {
            return "据" + year + "年报道，" + sentence;
        }
        String start = ENGLISH_LOWER_START.matcher(sentence).find()
                ? sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1) : sentence;
        return "According to a " + year + " report, " + start;
    }

    // A figure as it stood by a date (「截至11月底，已实现91个项目正式签约」), the one a line
    // of a timeline compares with the next date's; not what one day or event added to
    // it (「收官当日，29个项目集中签约」).
    private static final Pattern STOCK = Pattern.compile("截至|截止|累计|至今|目前");

    /**
     * When the question asks how a figure changed, or the sentences that answer it nearly
     * as well come from articles of different dates: the best of each date, oldest first,
     * up to three.
     */
    private static List<Candidate> timeline(QuestionAnalysis analysis, List<Candidate> fitting) {
        if (fitting.isEmpty()) {
            return List.of();
        }
        // A figure that may stand at several dates; a duration is how long one thing
        // took.
        boolean figureAsked = analysis.asksForFigure() && analysis.asked() != Asked.DURATION;
        if (!figureAsked && !analysis.overTime()) {
            return List.of();
        }
        double best = fitting.get(0).score();
        double floor = analysis.overTime() ? best * OVER_TIME_RATIO : best * TIMELINE_RATIO;
        Map<String, Candidate> byDate = new LinkedHashMap<>();
        for (Candidate c : fitting) {
            if (c.score() >= floor && hasQuantity(c.zh()) && c.hit().published() != null) {
                byDate.merge(c.hit().published(), c, (kept,
                        other) -> !STOCK.matcher(kept.zh()).find() && STOCK.matcher(other.zh()).find() ? other : kept);
            }
        }
        return byDate.values()
            .stream()
            .sorted(Comparator.comparing((Candidate c) -> c.hit().published()))
            .limit(TIMELINE_LINES)
            .toList();
    }

    private Answer composeTimeline(Language language, QuestionAnalysis analysis, List<Candidate> lines) {
        Map<String, Citation> citations = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (Candidate c : lines) {
            Citation citation = citations.computeIfAbsent(c.hit().passageId(), id -> citation(citations.size() + 1, c));
            if (language == Language.EN && c.en().isEmpty()) {
                out.add("- " + untranslated(c, analysis) + " [" + citation.marker() + "]");
                continue;
            }
            boolean english = language == Language.EN && c.en().isPresent();
            String when = Dates.asOf(c.hit().published(), language);
            out.add("- " + (language == Language.EN ? "By " + when + ": " : "据" + when + "报道：")
                    + (english ? c.en().get() : c.zh()) + " [" + citation.marker() + "]");
        }
        return Answer.extractive(language, String.join("\n", out), List.copyOf(citations.values()));
    }

    /**
     * Nothing fits: say what the articles do not state, and cite the closest sentence as
     * related.
     */
    private Answer partial(Language language, QuestionAnalysis analysis, Candidate closest) {
        EvidenceFit.Mismatch why = closest.mismatch().orElse(EvidenceFit.Mismatch.WHAT_IS_ASKED);
        boolean english = language == Language.EN && closest.en().isPresent();
        String sentence = language == Language.EN && closest.en().isEmpty() ? untranslated(closest, analysis)
                : attributed(english ? closest.en().get() : closest.zh(), english, closest.hit().published(),
                        closest.zh());
        String text = language == Language.EN
                ? "The articles do not state " + Gaps.english(why, analysis) + ". The closest they report (related, "
                        + "not the answer): " + sentence + " [1]"
                : "现有资料没有写明" + Gaps.chinese(why, analysis) + "。最接近的相关内容（并非所问）：" + sentence + "[1]";
        return Answer.partial(language, text, List.of(citation(1, closest).asRelated()));
    }

    /**
     * An English answer from a sentence with no translation: what it states exactly, and
     * the sentence quoted.
     */
    private String untranslated(Candidate c, QuestionAnalysis analysis) {
        String when = c.hit().published() == null || c.hit().published().isBlank() ? ""
                : Dates.asOf(c.hit().published(), Language.EN);
        return untranslated.sentence(c.zh(), when, analysis.asked());
    }

    private static Citation citation(int marker, Candidate c) {
        return Citation.of(marker, c.hit(), c.zh());
    }

    public Answer noAnswer(String question, Language language) {
        String message = language == Language.EN
                ? "The Science City articles I have do not answer this. You could ask, for example:"
                : "抱歉，现有的西部(重庆)科学城资料里没有这个问题的答案。您可以试着问：";
        return Answer.noAnswer(language, message, suggestions.closestTo(question, language, properties.suggestions()));
    }

}
