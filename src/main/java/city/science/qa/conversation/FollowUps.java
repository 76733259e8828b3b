package city.science.qa.conversation;

import city.science.qa.corpus.Glossary;
import city.science.qa.llm.QueryRewriter;
import city.science.qa.search.Language;
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

    private static final int SHORT_EN_WORDS = 5;

    private static final int MAX_CARRIED = 300;

    private final QueryRewriter llm;

    private final Glossary glossary;

    public FollowUps(QueryRewriter llm, Glossary glossary) {
        this.llm = llm;
        this.glossary = glossary;
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
        return llm.condense(question, exchanges).orElseGet(() -> carried(question, recent));
    }

    boolean looksLikeFollowUp(String question, Language language) {
        if (REFERS_BACK.matcher(question.strip()).find()) {
            return true;
        }
        boolean namesSomething = language == Language.EN ? !glossary.foundInEnglish(question).isEmpty()
                : !glossary.foundInChinese(question).isEmpty();
        boolean shortQuestion = language == Language.EN ? question.strip().split("\\s+").length <= SHORT_EN_WORDS
                : question.strip().length() <= SHORT_ZH;
        return shortQuestion && !namesSomething;
    }

    // The previous turn's subject (its own resolved question) goes in front of the
    // follow-up.
    // A follow-up that names a year ("And in 2021?") asks about that year instead of the
    // earlier
    // one: the earlier question's years are left behind.
    private static String carried(String question, List<ConversationRepository.Turn> recent) {
        ConversationRepository.Turn last = recent.get(recent.size() - 1);
        String subject = last.subject().isBlank() ? last.question() : last.subject();
        if (YEAR.matcher(question).find()) {
            subject = YEAR_PHRASE.matcher(subject).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
        String carried = subject + " " + question;
        return carried.length() <= MAX_CARRIED ? carried : carried.substring(carried.length() - MAX_CARRIED);
    }

}
