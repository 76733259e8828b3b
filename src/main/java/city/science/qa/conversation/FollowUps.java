package city.science.qa.conversation;

import city.science.qa.corpus.Glossary;
import city.science.qa.llm.QueryRewriter;
import city.science.qa.search.Language;
import city.science.qa.search.QueryTerms;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Resolves a follow-up such as 「那它的核心任务是什么？」 or "And in 2021?" into the question to
 * search for: with a language model by rewriting it, without one by carrying the previous
 * turn's subject into retrieval.
 */
@Component
public class FollowUps {

    private static final Pattern REFERS_BACK = Pattern.compile("它|它们|其|那|这个|这些|该|他们|此|呢[？?]?$|^(和|还有|那么|另外)"
            + "|(?i)\\b(it|its|they|their|them|that|this|those|these|there|he|she)\\b|^(?i)(and|what about|how about|also)\\b");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

    private static final Pattern YEAR_PHRASE = Pattern
        .compile("(?i)(\\b(in|for|during|by)\\s+)?(?<!\\d)(19|20)\\d\\d(?!\\d)年?(度|的)?");

    private static final int SHORT_ZH = 8;

    private static final Pattern BARE_COUNT = Pattern.compile("(几|多少)[个家项名所]?[？?]?$");

    private static final int SHORT_EN_WORDS = 5;

    private static final int MAX_CARRIED = 300;

    private static final java.util.Set<String> ELLIPSIS_EN = java.util.Set.of("and", "what", "about", "how", "also",
            "then", "year", "years", "same", "one", "ones");

    private static final java.util.Set<String> ELLIPSIS_ZH = java.util.Set.of("那么", "还有", "另外", "年呢", "的呢", "怎么样");

    private final QueryRewriter llm;

    private final Glossary glossary;

    private final QueryTerms queryTerms;

    public FollowUps(QueryRewriter llm, Glossary glossary, QueryTerms queryTerms) {
        this.llm = llm;
        this.glossary = glossary;
        this.queryTerms = queryTerms;
    }

    /** The question to search for, given the conversation so far. */
    public String resolve(String question, Language language, List<ConversationRepository.Turn> history) {
        if (history.isEmpty() || !looksLikeFollowUp(question, language)) {
            return question;
        }
        List<ConversationRepository.Turn> recent = history.subList(Math.max(0, history.size() - 3), history.size());
        List<QueryRewriter.Exchange> exchanges = recent.stream()
            .map(t -> new QueryRewriter.Exchange(t.question(), t.answer()))
            .toList();
        return llm.condense(question, exchanges).orElseGet(() -> carried(question, language, recent));
    }

    boolean looksLikeFollowUp(String question, Language language) {
        if (REFERS_BACK.matcher(question.strip()).find()) {
            return true;
        }
        boolean namesSomething = language == Language.EN ? !glossary.foundInEnglish(question).isEmpty()
                : !glossary.foundInChinese(question).isEmpty();
        boolean shortQuestion = language == Language.EN ? question.strip().split("\\s+").length <= SHORT_EN_WORDS
                : question.strip().length() <= SHORT_ZH;
        // 「今年1到8月新签了几个？」: a count of nothing named counts what was asked before.
        return (shortQuestion || BARE_COUNT.matcher(question.strip()).find()) && !namesSomething;
    }

    /**
     * The follow-up with what it refers back to. One that asks something of its own
     * ("那它最近发布了几项 成果？", "What will it build next?") takes only the names of what the
     * earlier question was about; an elliptical one ("And in 2021?", 「那2025年呢？」) takes
     * the whole earlier question, less its years when it names its own.
     */
    private String carried(String question, Language language, List<ConversationRepository.Turn> recent) {
        ConversationRepository.Turn last = recent.get(recent.size() - 1);
        String subject = last.subject().isBlank() ? last.question() : last.subject();
        String carried;
        // What the earlier question was about, not what it asked of it: after "How many
        // high-tech enterprises…", "And its strategic emerging industries?" is about the
        // Science City, not about high-tech enterprises.
        List<Glossary.Entry> names = (Language.of(subject) == Language.EN ? glossary.foundInEnglish(subject)
                : glossary.foundInChinese(subject))
            .stream()
            .filter(Glossary.Entry::namesASubject)
            // Nor the Science City itself ("moved there"): every passage is about it, so
            // its name alone would only outweigh what the follow-up asks; the whole
            // earlier question is carried instead.
            .filter(e -> !e.namesHome())
            .toList();
        if (asksSomethingOfItsOwn(question, language) && !names.isEmpty()) {
            carried = String.join(" ",
                    names.stream().map(n -> language == Language.EN ? n.english() : n.canonicalChinese()).toList())
                    + " " + question;
        }
        else {
            if (YEAR.matcher(question).find()) {
                subject = YEAR_PHRASE.matcher(subject)
                    .replaceAll(" ")
                    .replaceAll("\\s+", " ")
                    .replaceAll(" ([?？.。,，])", "$1")
                    .strip();
            }
            carried = subject + " " + question;
        }
        return carried.length() <= MAX_CARRIED ? carried : carried.substring(carried.length() - MAX_CARRIED);
    }

    // Words of its own besides pronouns, question words and years: 科技人员, "build".
    private boolean asksSomethingOfItsOwn(String question, Language language) {
        String rest = REFERS_BACK.matcher(YEAR_PHRASE.matcher(question).replaceAll(" ")).replaceAll(" ");
        if (language == Language.EN) {
            return java.util.Arrays.stream(rest.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(w -> w.length() >= 3 && !queryTerms.isQuestionWord(w) && !ELLIPSIS_EN.contains(w));
        }
        return queryTerms.of(rest).stream().anyMatch(t -> t.length() >= 2 && !ELLIPSIS_ZH.contains(t));
    }

}
