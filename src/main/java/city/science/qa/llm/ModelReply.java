package city.science.qa.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The text of a language model's reply, or a failed call. Real servers answer with no
 * text at times (a content filter, a tool call, a truncated stream): that is no answer,
 * never a {@code null} to crash on. Every path that reads a reply reads it here.
 */
public final class ModelReply {

    private ModelReply() {
    }

    /** The reply's text, stripped; throws {@link Empty} when it has none. */
    public static String text(ChatResponse response) {
        AiMessage message = response == null ? null : response.aiMessage();
        String text = message == null ? null : message.text();
        if (text == null || text.isBlank()) {
            throw new Empty();
        }
        return text.strip();
    }

    /**
     * The model replied with no text: a failed call, for its caller to fall back from.
     */
    public static final class Empty extends IllegalStateException {

        public Empty() {
            super("the language model replied with no text");
        }

    }

}
