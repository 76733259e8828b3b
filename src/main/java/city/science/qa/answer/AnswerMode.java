package city.science.qa.answer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who wrote an answer: quoted offline from the sources, or written by the language model
 * from them.
 */
public enum AnswerMode {

    /** Sentences quoted from the best passages; no model involved. */
    EXTRACTIVE,

    /** Written by the configured language model from numbered sources. */
    LLM;

    /**
     * The name on the wire, in the database and in metrics: {@code extractive},
     * {@code llm}.
     */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
