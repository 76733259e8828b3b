package city.science.qa.conversation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A reader's verdict on one answer. */
public enum Rating {

    UP, DOWN;

    /** {@code up} or {@code down}, on the wire and in the database. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
