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
import city.science.qa.llm.PassageTranslator;
import city.science.qa.llm.QueryRewriter;
import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.CompoundQuestion;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.question.QuestionAnalyzer;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.search.Evidence;
import city.science.qa.search.Language;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.SearchHit;
import city.science.qa.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final QuestionNormalizer normalizer;

    private final QuestionAnalyzer analyzer;

    private final PassageTranslator translator;

    private final EvidenceRetriever retriever;

    QuestionService(QuestionNormalizer normalizer, QuestionAnalyzer analyzer, EvidenceRetriever retriever,
            PassageSearch search, QueryFactory queries, ExtractiveAnswerer extractive, LanguageModels models,
            LlmAnswerer llm, QueryRewriter llmQueries, PassageTranslator translator, FollowUps followUps,
            AnswerChecker checker, ConversationRepository conversations, AnswerMetrics metrics) {
        this.translator = translator;
        this.retriever = retriever;
        this.normalizer = normalizer;
        this.analyzer = analyzer;
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

    /**
     * A question made ready to answer: the conversation, what was typed, the standalone
     * normalized question, its analysis, and what retrieval found.
     */
    record Prepared(UUID conversation, String asked, NormalizedQuestion question, QuestionAnalysis analysis,
            List<SearchHit> hits, Evidence evidence, List<Prepared> parts) {

        Prepared(UUID conversation, String asked, NormalizedQuestion question, QuestionAnalysis analysis,
                List<SearchHit> hits, Evidence evidence) {
            this(conversation, asked, question, analysis, hits, evidence, List.of());
        }

        Language language() {
            return question.language();
        }

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

    /** Passages for a query, normalized as a question is. */
    public List<SearchHit> search(String query, int k) {
        NormalizedQuestion normalized = normalizer.normalize(query);
        return search.search(queries.of(normalized.text(), normalized.alternatives()), k);
    }

    /**
     * What the abstention gate reads of the passages retrieved for a question (for
     * reading why one was refused).
     */
    public Evidence evidence(UUID conversation, String question) {
        return prepareOne(conversation, question).evidence();
    }

    /**
     * The sentences the offline answer is chosen from, as the answer scorer reads them:
     * what {@code make train} learns from. Stages 1 to 5, nothing stored.
     */
    public List<ExtractiveAnswerer.ReadSentence> readSentences(UUID conversation, String question) {
        Prepared p = prepareOne(conversation, question);
        return extractive.readSentences(p.question().text(), p.analysis(), p.question().alternatives(), p.language(),
                p.hits());
    }

    /**
     * Stages 1 to 4 for a message: one question, or each question of a message that asks
     * several (「…是哪天通车的？…又是哪天开通的？」), searched as if asked alone. The passages of the
     * parts are taken in turn, so the language model reads every part's best ones.
     */
    private Prepared prepare(UUID conversation, String asked) {
        List<String> questions = CompoundQuestion.parts(asked);
        if (questions.size() == 1) {
            return prepareOne(conversation, asked);
        }
        List<Prepared> parts = questions.stream().map(q -> prepareOne(conversation, q)).toList();
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        int most = parts.stream().mapToInt(part -> part.hits().size()).max().orElse(0);
        for (int rank = 0; rank < most; rank++) {
            for (Prepared part : parts) {
                if (rank < part.hits().size()) {
                    hits.putIfAbsent(part.hits().get(rank).passageId(), part.hits().get(rank));
                }
            }
        }
        Prepared first = parts.get(0);
        return new Prepared(conversation, asked, normalizer.normalize(asked), first.analysis(),
                List.copyOf(hits.values()), first.evidence(), parts);
    }

    /** Stages 1 to 4: what is asked, and the passages that may answer it. */
    private Prepared prepareOne(UUID conversation, String asked) {
        // 1. Normalize: Simplified script, half-width letters and digits, numerals,
        // everyday words.
        NormalizedQuestion normalized = normalizer.normalize(asked);
        // 2. Rewrite a follow-up as a standalone question (LangChain4j's QueryTransformer
        // step).
        List<ConversationRepository.Turn> turns = conversations.turns(conversation);
        String standalone = followUps.resolve(normalized.text(), normalized.language(), turns);
        // The carried words get the lexicon's corpus words too ("GDP" of the earlier
        // question).
        boolean followUp = !standalone.equals(normalized.text());
        NormalizedQuestion question = followUp ? normalizer.normalize(standalone) : normalized;
        Query searched = queries.of(question.text(), question.alternatives());
        // English words in a Chinese question ("experts and scholars") mean the Chinese
        // the dictionary gives them and the articles write (专家, 学者): for what is asked
        // and for the fit of the evidence, not only for search.
        if (question.language() == Language.ZH) {
            question = question.withAlternatives(searched.alternatives());
        }
        // 3. Analyze: what is asked, about what, in which year and place.
        // 「那科技人员呢？」 asks what the earlier question asked (how many) of something else.
        Optional<NormalizedQuestion> earlier = !followUp || turns.isEmpty() ? Optional.empty()
                : Optional.of(normalizer.normalize(turns.get(turns.size() - 1).question()));
        QuestionAnalysis analysis = analyzer.analyze(normalized, question, earlier);
        // 4. Retrieve (the ContentRetriever step), with an English question also searched
        // as Chinese
        // when a language model can translate it, and measure how well the passages cover
        // it.
        List<Query> phrasings = new ArrayList<>();
        phrasings.add(searched);
        // A follow-up is also searched as asked: the carried subject ("Science City") is
        // in most passages and would otherwise outweigh what the follow-up asks of it.
        if (followUp) {
            phrasings.add(queries.of(normalized.text(), normalized.alternatives()));
        }
        llmQueries.toChinese(question.text(), question.language()).ifPresent(zh -> phrasings.add(queries.of(zh)));
        // An English question quoting Chinese is searched by the words it quotes too, as
        // the articles write them.
        List<Query> quoted = queries.quoted(question.quotedChinese()).stream().toList();
        List<SearchHit> hits = retriever.retrieve(phrasings, quoted, analysis);
        return new Prepared(conversation, asked, question, analysis, hits, search.evidence(phrasings.get(0), hits));
    }

    /** Stages 5 to 9: fit the evidence, decide, answer, verify, store. */
    private Flux<AnswerEvent> answer(Prepared p) {
        Flux<AnswerEvent> events;
        // 5. Fit evidence: only sentences that carry what is asked, about the asked
        // subject, may answer offline; the offline answer is built from them (and is the
        // model's hint and fallback).
        Offline read = offline(p);
        Answer offline = read.answer();
        // 6. Decide whether anything can answer: when the passages do not cover the
        // question (the abstention gate) and the scorer is sure of no sentence, no
        // answer, and no model is asked. Otherwise the offline answer stands alone only
        // without a model: with one, the model reads the passages.
        if (!read.grounded()) {
            events = offline(extractive.noAnswer(p.question().text(), p.language()).withAnalysis(p.analysis()));
        }
        else if (!models.enabled()) {
            events = offline(offline);
        }
        else {
            // 7. Answer with the language model. The offline reading is its hint and its
            // fallback, never its gate: where the offline rules see no answer, the model
            // may.
            // An English answer reads its sources in English: a passage nobody has
            // translated is translated by the model first (once; stored for staff to
            // review).
            Mono<List<SearchHit>> sources = p.language() == Language.EN
                    ? Mono.fromCallable(() -> translator.withTranslations(p.hits()))
                        .subscribeOn(Schedulers.boundedElastic())
                    : Mono.just(p.hits());
            events = withFallback(offline,
                    // The model reads the question as the visitor asked it (as delimited
                    // data).
                    sources.flatMapMany(hits -> llm.answer(p.asked(), p.analysis(), offline, p.language(), hits))
                        .map(e -> e instanceof AnswerEvent.Done d
                                ? new AnswerEvent.Done(d.answer().withAnalysis(p.analysis())) : e));
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
    private Flux<AnswerEvent> withFallback(Answer offlineAnswer, Flux<AnswerEvent> model) {
        AtomicBoolean streamed = new AtomicBoolean();
        return model.doOnNext(e -> {
            if (e instanceof AnswerEvent.Text) {
                streamed.set(true);
            }
        }).onErrorResume(error -> {
            log.warn("language model failed ({}); answering offline", error.getClass().getSimpleName());
            metrics.fellBack();
            Answer offline = offlineAnswer
                .withNotice(offlineAnswer.language() == Language.EN ? FALLBACK_NOTICE_EN : FALLBACK_NOTICE_ZH);
            return streamed.get() ? Flux.just(new AnswerEvent.Done(offline)) : offline(offline);
        });
    }

    /**
     * The offline answer and whether anything can answer; for a message of several
     * questions, each part's, joined.
     */
    private record Offline(Answer answer, boolean grounded) {
    }

    private Offline offline(Prepared p) {
        if (p.parts().isEmpty()) {
            ExtractiveAnswerer.Reading reading = extractive.read(p.question().text(), p.analysis(),
                    p.question().alternatives(), p.language(), p.hits());
            return new Offline(extractive.answer(reading).withAnalysis(p.analysis()),
                    extractive.grounded(p.evidence(), reading));
        }
        List<Offline> parts = p.parts().stream().map(this::offline).toList();
        List<Answer> answers = parts.stream()
            .map(part -> part.grounded() ? part.answer() : Answer.noAnswer(p.language(), "", List.of()))
            .toList();
        Answer joined = Answer.joined(p.language(), answers,
                i -> (p.language() == Language.EN ? "“%s”: the articles do not say." : "「%s」：现有资料没有写明。")
                    .formatted(p.parts().get(i).asked()));
        return new Offline(joined.withAnalysis(p.analysis()), parts.stream().anyMatch(Offline::grounded));
    }

    private static Flux<AnswerEvent> offline(Answer answer) {
        List<AnswerEvent> events = new ArrayList<>();
        events.add(new AnswerEvent.Sources(answer.citations()));
        TextPieces.of(answer.text()).forEach(piece -> events.add(new AnswerEvent.Text(piece)));
        events.add(new AnswerEvent.Done(answer));
        return Flux.fromIterable(events);
    }

    private AnswerEvent finish(Prepared p, Answer answer) {
        // 8. Verify: every [n] names a given source, every figure stands in a cited one.
        Answer checked = answer.withChecks(checker.check(answer.text(), answer.citations()));
        // 9. Store the turn, with the standalone question as the subject a follow-up
        // carries.
        int turn = conversations.append(p.conversation(), p.asked(), checked, p.question().text());
        metrics.answered(checked);
        return new AnswerEvent.Done(checked, turn);
    }

}
