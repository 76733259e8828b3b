package city.science.qa.llm;

import city.science.qa.corpus.Article;
import city.science.qa.corpus.ArticleFormat;
import city.science.qa.corpus.Glossary;
import city.science.qa.corpus.Paragraph;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Drafts the English file of a newly imported article with the configured language model,
 * paragraph by paragraph, with the glossary's names for the terms each paragraph uses.
 * The draft is marked for staff review; until it is reviewed and ingested, English
 * questions reach the article through the glossary and the Chinese index.
 */
@Component
public class TranslationDrafter {

    private final LanguageModels models;

    private final Prompts prompts;

    private final Glossary glossary;

    private final LlmProperties properties;

    public TranslationDrafter(LanguageModels models, Prompts prompts, Glossary glossary, LlmProperties properties) {
        this.models = models;
        this.prompts = prompts;
        this.glossary = glossary;
        this.properties = properties;
    }

    /** The {@code <id>.en.md} draft for an article. */
    public String draft(Article article) {
        ChatModel model = models.blocking()
            .orElseThrow(() -> new IllegalStateException("no language model configured"));
        List<Paragraph> english = new ArrayList<>();
        Map<String, String> headings = new LinkedHashMap<>();
        for (Paragraph p : article.paragraphs()) {
            String section = p.section().isEmpty() ? ""
                    : headings.computeIfAbsent(p.section(), h -> translate(model, h));
            english.add(new Paragraph(p.id(), section, translate(model, p.text())));
        }
        String title = translate(model, article.metadata().titleZh());
        return "---\nid: " + article.id() + "\ntitle: '" + title.replace("'", "''") + "'\n" + "drafted_by: '"
                + modelName() + "'\n"
                + "review: draft translation by a language model; check names and every figure before ingesting\n---\n"
                + ArticleFormat.writeBody(english);
    }

    /** The provider and model that translate, as a translation records them. */
    public String modelName() {
        return properties.provider().name().toLowerCase(java.util.Locale.ROOT) + ":" + properties.model();
    }

    /** One passage in English, with the glossary's names; fails without a model. */
    public String translate(String chinese) {
        return translate(models.blocking().orElseThrow(() -> new IllegalStateException("no language model configured")),
                chinese);
    }

    private String translate(ChatModel model, String chinese) {
        String hints = glossary.foundInChinese(chinese)
            .stream()
            .map(e -> e.canonicalChinese() + " = " + e.english())
            .collect(Collectors.joining("\n"));
        String prompt = prompts.render("passage-translation",
                Map.of("glossary", hints.isEmpty() ? "(none)" : hints, "text", Prompts.asData(chinese)));
        return ModelReply.text(model.chat(UserMessage.from(prompt))).replace("\n", " ");
    }

}
