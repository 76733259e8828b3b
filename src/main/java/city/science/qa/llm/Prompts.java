package city.science.qa.llm;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The prompt templates in {@code prompts/}, filled with LangChain4j's
 * {@link PromptTemplate}.
 */
@Component
public class Prompts {

    private final LlmProperties properties;

    public Prompts(LlmProperties properties) {
        this.properties = properties;
    }

    public String render(String name, Map<String, Object> variables) {
        try {
            String template = Files.readString(properties.promptsDir().resolve(name + ".txt"), StandardCharsets.UTF_8);
            return PromptTemplate.from(template).apply(variables).text();
        }
        catch (IOException e) {
            throw new UncheckedIOException("missing prompt template " + name, e);
        }
    }

    /**
     * Text that goes between the prompt's data delimiters: angle brackets become
     * look-alikes so that nothing in a question or an article can close a
     * {@code <question>} or {@code <source>} tag.
     */
    public static String asData(String text) {
        return text == null ? "" : text.replace("<", "‹").replace(">", "›");
    }

}
