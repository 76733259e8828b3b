package city.science.qa.llm;

import city.science.qa.corpus.Glossary;
import city.science.qa.search.Language;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the language model does before retrieval, when one is configured: rewrite a
 * follow-up as a standalone question, and translate an English question into a Chinese
 * search query. Either may fail; the caller then goes on without it.
 */
@Component
public class QueryRewriter {

    private static final Logger log = LoggerFactory.getLogger(QueryRewriter.class);

    private static final int GLOSSARY_HINTS = 12;

    private final LanguageModels models;

    private final Prompts prompts;

    private final Glossary glossary;

    public QueryRewriter(LanguageModels models, Prompts prompts, Glossary glossary) {
        this.models = models;
        this.prompts = prompts;
        this.glossary = glossary;
    }

    /** An earlier question of the conversation and what was answered. */
    public record Exchange(String question, String answer) {
    }

    /** The follow-up as a standalone question; empty offline or when the model fails. */
    public Optional<String> condense(String question, List<Exchange> history) {
        String transcript = history.stream()
            .map(t -> "Q: " + Prompts.asData(t.question()) + "\nA: " + Prompts.asData(t.answer()))
            .collect(Collectors.joining("\n"));
        return ask(prompts.render("condense", Map.of("history", transcript, "question", Prompts.asData(question))));
    }

    /**
     * An English question as a Chinese search query; empty for a Chinese question,
     * offline, or on failure.
     */
    public Optional<String> toChinese(String englishQuestion, Language language) {
        // Offline, before the glossary is read for hints nobody would be given.
        if (language != Language.EN || !models.enabled()) {
            return Optional.empty();
        }
        String hints = glossary.foundInEnglish(englishQuestion)
            .stream()
            .limit(GLOSSARY_HINTS)
            .map(e -> e.english() + " = " + e.canonicalChinese())
            .collect(Collectors.joining("\n"));
        return ask(prompts.render("query-translation",
                Map.of("glossary", hints.isEmpty() ? "(none)" : hints, "question", Prompts.asData(englishQuestion))));
    }

    private Optional<String> ask(String prompt) {
        Optional<ChatModel> model = models.blocking();
        if (model.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ModelReply.text(model.get().chat(UserMessage.from(prompt))));
        }
        catch (RuntimeException e) {
            log.warn("language model unavailable before retrieval: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

}
