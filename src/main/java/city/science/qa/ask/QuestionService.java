package city.science.qa.ask;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerChecker;
import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.ExtractiveAnswerer;
import city.science.qa.answer.TextPieces;
import city.science.qa.conversation.ConversationRepository;
import city.science.qa.conversation.FollowUps;
import city.science.qa.llm.LanguageModels;
import city.science.qa.llm.LlmAnswerer;
import city.science.qa.llm.QueryRewriter;
import city.science.qa.search.Evidence;
import city.science.qa.search.Language;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.SearchHit;
import city.science.qa.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One question, start to end: its conversation and follow-up resolution, retrieval, the
 * answer (the language model's when one is configured and answers in time, the offline
 * one otherwise), the checks on the finished answer, and the turn stored.
 */
@Service
public class QuestionService {

    private static final Logger log = LoggerFactory.getLogger(QuestionService.class);
    static final String FALLBACK_NOTICE_EN = "The language model did not answer in time; this is the offline answer.";
    static final String FALLBACK_NOTICE_ZH = "大模型未能及时回答，以下为离线检索答案。";

    private final PassageSearch search;

    private final QueryFactory queries;

    private final ExtractiveAnswerer extractive;

    private final LanguageModels models;

    private final LlmAnswerer llm;

    private final QueryRewriter llmQueries;

    private final FollowUps followUps;

    private final AnswerChecker checker;

    private final ConversationRepository conversations;

    private final AnswerMetrics metrics;

    public QuestionService(PassageSearch search, QueryFactory queries, ExtractiveAnswerer extractive,
            LanguageModels models, LlmAnswerer llm, QueryRewriter llmQueries, FollowUps followUps,
            AnswerChecker checker, ConversationRepository conversations, AnswerMetrics metrics) {
        this.metrics = metrics;
        this.models = models;
        this.search = search;
        this.queries = queries;
        this.extractive = extractive;
        this.llm = llm;
        this.llmQueries = llmQueries;
        this.followUps = followUps;
        this.checker = checker;
        this.conversations = conversations;
    }

    /**
     * A conversation id for the question: the given one if it exists, a new one if none
     * was given. A new conversation is stored with its first answer, so a failed answer
     * leaves nothing behind.
     */
    public UUID conversation(Optional<UUID> given) {
        if (given.isEmpty()) {
            return UUID.randomUUID();
        }
        if (!conversations.exists(given.get())) {
            throw new NotFoundException(
                    "No conversation " + given.get() + ". Leave conversationId out to start a new one.");
        }
        return given.get();
    }

    /** What retrieval found for a question in its conversation. */
    record Prepared(UUID conversation, String question, Language language, String resolved, List<SearchHit> hits,
            Evidence evidence) {
    }

    /**
     * The answer as it is written: sources, text pieces, then the checked, stored answer.
     */
    public Flux<AnswerEvent> answer(UUID conversation, String question) {
        return Mono.fromCallable(() -> prepare(conversation, question))
            .subscribeOn(Schedulers.boundedElastic())
            .flatMapMany(this::answer);
    }

    public Mono<AnswerEvent.Done> ask(UUID conversation, String question) {
        return answer(conversation, question).ofType(AnswerEvent.Done.class).next();
    }

    public List<SearchHit> search(String query, int k) {
        return search.search(query, k);
    }

    private Prepared prepare(UUID conversation, String question) {
        Language language = Language.of(question);
        String resolved = followUps.resolve(question, language, conversations.turns(conversation));
        List<Query> phrasings = new ArrayList<>();
        phrasings.add(queries.of(resolved));
        llmQueries.toChinese(resolved, language).ifPresent(zh -> phrasings.add(queries.of(zh)));
        List<SearchHit> hits = search.search(phrasings, search.answerPassages());
        return new Prepared(conversation, question, language, resolved, hits, search.evidence(phrasings.get(0), hits));
    }

    private Flux<AnswerEvent> answer(Prepared p) {
        Flux<AnswerEvent> events;
        if (!extractive.grounded(p.language(), p.evidence())) {
            events = offline(extractive.noAnswer(p.question(), p.language()));
        }
        else if (models.enabled()) {
            events = withFallback(p, llm.answer(p.question(), p.language(), p.hits()));
        }
        else {
            events = offline(extractive.quote(p.resolved(), p.language(), p.hits()));
        }
        return events.doOnNext(event -> {
            if (event instanceof AnswerEvent.Text) {
                metrics.streamed();
            }
        })
            .concatMap(event -> event instanceof AnswerEvent.Done done
                    ? Mono.fromCallable(() -> finish(p, done.answer())).subscribeOn(Schedulers.boundedElastic())
                    : Mono.just(event));
    }

    /**
     * The model's answer, or the offline one when the model fails, errs or is silent past
     * the first-token time. Text the model already streamed stays on the page until
     * {@code done} replaces it with the offline answer.
     */
    private Flux<AnswerEvent> withFallback(Prepared p, Flux<AnswerEvent> model) {
        AtomicBoolean streamed = new AtomicBoolean();
        return model.doOnNext(e -> {
            if (e instanceof AnswerEvent.Text) {
                streamed.set(true);
            }
        }).onErrorResume(error -> {
            log.warn("language model failed ({}); answering offline", error.getClass().getSimpleName());
            metrics.fellBack();
            Answer offline = extractive.quote(p.resolved(), p.language(), p.hits())
                .withNotice(p.language() == Language.EN ? FALLBACK_NOTICE_EN : FALLBACK_NOTICE_ZH);
            return streamed.get() ? Flux.just(new AnswerEvent.Done(offline)) : offline(offline);
        });
    }

    private static Flux<AnswerEvent> offline(Answer answer) {
        List<AnswerEvent> events = new ArrayList<>();
        events.add(new AnswerEvent.Sources(answer.citations()));
        TextPieces.of(answer.text()).forEach(piece -> events.add(new AnswerEvent.Text(piece)));
        events.add(new AnswerEvent.Done(answer));
        return Flux.fromIterable(events);
    }

    private AnswerEvent finish(Prepared p, Answer answer) {
        Answer checked = answer.withChecks(checker.check(answer.text(), answer.citations()));
        int turn = conversations.append(p.conversation(), p.question(), checked, p.resolved());
        metrics.answered(checked);
        return new AnswerEvent.Done(checked, turn);
    }

}
