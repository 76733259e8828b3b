package city.science.qa.llm;

import city.science.qa.answer.Answer;
import city.science.qa.answer.AnswerEvent;
import city.science.qa.answer.Citation;
import city.science.qa.answer.Markers;
import city.science.qa.answer.Quotes;
import city.science.qa.search.Language;
import city.science.qa.search.SearchHit;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import city.science.qa.question.QuestionAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers with the configured language model, streaming its tokens. The model gets the
 * numbered sources and the question as delimited data, and the rules in the system
 * message. If no token arrives in time the stream fails with a timeout (the caller
 * answers offline); if the client goes away, the model's HTTP stream is cancelled.
 */
@Component
public class LlmAnswerer {

    private static final Pattern SENTENCE_WITH_MARKERS = Pattern.compile("[^。！？.!?]*[。！？.!?]?\\s*(\\[\\d+])+");

    private final LanguageModels models;

    private final Prompts prompts;

    private final Quotes quotes;

    private final LlmProperties properties;

    public LlmAnswerer(LanguageModels models, Prompts prompts, Quotes quotes, LlmProperties properties) {
        this.models = models;
        this.prompts = prompts;
        this.quotes = quotes;
        this.properties = properties;
    }

    /**
     * The model's answer from the best passages, given to it oldest first with their
     * dates (so a figure over time reads in order) and with what the question was
     * analysed to ask.
     */
    public Flux<AnswerEvent> answer(String question, QuestionAnalysis analysis, Answer offline, Language language,
            List<SearchHit> hits) {
        StreamingChatModel model = models.streaming().orElseThrow();
        List<SearchHit> sources = hits.subList(0, Math.min(properties.sources(), hits.size()))
            .stream()
            .sorted(Comparator.comparing((SearchHit h) -> h.published() == null ? "" : h.published()))
            .toList();
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            citations.add(Citation.of(i + 1, sources.get(i), quotes.best(sources.get(i), question)));
        }
        ChatRequest request = ChatRequest.builder()
            .messages(SystemMessage.from(prompts.render("system", Map.of("language", languageName(language)))),
                    UserMessage.from(prompts.render("answer",
                            Map.<String, Object>of("sources", sourcesBlock(sources), "question",
                                    Prompts.asData(question), "language", languageName(language), "analysis",
                                    analysisBlock(analysis), "offline", offlineBlock(offline)))))
            .build();
        StringBuilder text = new StringBuilder();
        Flux<AnswerEvent> tokens = stream(model, request)
            .timeout(Mono.delay(properties.firstTokenTimeout()), token -> Mono.never())
            .doOnNext(text::append)
            .map(AnswerEvent.Text::new);
        return Flux.<AnswerEvent>just(new AnswerEvent.Sources(citations))
            .concatWith(tokens)
            // A reply with no text is a failed call: the caller falls back to the offline
            // answer.
            .concatWith(Mono.defer(() -> text.toString().isBlank() ? Mono.error(new ModelReply.Empty())
                    : Mono.just(new AnswerEvent.Done(
                            Answer.llm(language, text.toString(), requoted(text.toString(), citations, sources))))));
    }

    /**
     * What the offline reader made of the same passages, for the model to check rather
     * than to obey: the sentence it would answer with, or that it found none stating what
     * is asked (and the closest one).
     */
    static String offlineBlock(Answer offline) {
        String text = Prompts.asData(offline.text().replace('\n', ' '));
        return offline.grounded() ? "It would answer: " + text
                : "It found no sentence stating exactly what is asked. It said: " + text;
    }

    /**
     * What the question asks, for the model: the kind of answer, and the year, place and
     * event it is bound to.
     */
    static String analysisBlock(QuestionAnalysis analysis) {
        StringBuilder out = new StringBuilder("asks for: ").append(analysis.asked().name().toLowerCase(Locale.ROOT));
        if (!analysis.subjects().isEmpty()) {
            out.append("\nabout: ").append(Prompts.asData(String.join(", ", analysis.subjects())));
        }
        if (!analysis.units().isEmpty()) {
            out.append("\ncounted in: ").append(String.join(", ", analysis.units()));
        }
        if (!analysis.years().isEmpty()) {
            out.append("\nyears: ").append(String.join(", ", analysis.years()));
        }
        analysis.partOfYear().ifPresent(part -> out.append("\npart of the year: ").append(part.english()));
        if (!analysis.places().isEmpty()) {
            out.append("\nplaces: ").append(String.join(", ", analysis.places()));
        }
        if (!analysis.events().isEmpty()) {
            out.append("\nevent: ")
                .append(String.join(", ",
                        analysis.events().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
        }
        if (analysis.overTime()) {
            out.append("\nover time: yes; answer one dated line per source, oldest first");
        }
        return out.toString();
    }

    /**
     * The prompt sent for these hits, as the model receives it (system and user parts).
     */
    String sourcesBlock(List<SearchHit> sources) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            SearchHit h = sources.get(i);
            out.append("<source n=\"")
                .append(i + 1)
                .append("\" title=\"")
                .append(Prompts.asData(h.title()))
                .append("\" published=\"")
                .append(Prompts.asData(h.published()))
                .append("\">\n")
                .append(Prompts.asData(h.text()))
                .append('\n');
            if (h.translation() != null) {
                out.append("English: ").append(Prompts.asData(h.translation())).append('\n');
            }
            out.append("</source>\n");
        }
        return out.toString().strip();
    }

    /**
     * Each citation's quote becomes its sentence that best supports the answer sentences
     * citing it.
     */
    private List<Citation> requoted(String answer, List<Citation> citations, List<SearchHit> sources) {
        List<Citation> out = new ArrayList<>();
        for (Citation c : citations) {
            String citing = sentencesCiting(answer, c.marker());
            String quote = citing.isBlank() ? c.quote() : quotes.best(sources.get(c.marker() - 1), citing);
            out.add(c.withQuote(quote));
        }
        return out;
    }

    private static String sentencesCiting(String answer, int marker) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE_WITH_MARKERS.matcher(answer);
        while (m.find()) {
            if (Markers.in(m.group()).contains(marker)) {
                out.add(m.group());
            }
        }
        return out.stream().collect(Collectors.joining(" "));
    }

    private static String languageName(Language language) {
        return language == Language.EN ? "English" : "Chinese (简体中文)";
    }

    /**
     * The model's tokens as a Flux; cancelling the subscription cancels the model's HTTP
     * stream.
     */
    static Flux<String> stream(StreamingChatModel model, ChatRequest request) {
        return Flux.create(sink -> {
            AtomicReference<StreamingHandle> handle = new AtomicReference<>();
            AtomicBoolean cancelled = new AtomicBoolean();
            sink.onDispose(() -> {
                cancelled.set(true);
                StreamingHandle h = handle.get();
                if (h != null && !h.isCancelled()) {
                    h.cancel();
                }
            });
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    handle.set(context.streamingHandle());
                    if (cancelled.get()) {
                        context.streamingHandle().cancel();
                        return;
                    }
                    // A chunk with no text (a role, a finish reason, a filtered part) is
                    // no token.
                    if (partial.text() != null && !partial.text().isEmpty()) {
                        sink.next(partial.text());
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    sink.complete();
                }

                @Override
                public void onError(Throwable error) {
                    sink.error(error);
                }
            });
        });
    }

}
