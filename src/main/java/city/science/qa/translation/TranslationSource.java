package city.science.qa.translation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a passage's English comes from, as a citation tells staff and investors. */
public enum TranslationSource {

    /** The article's own {@code *.en.md}, translated and aligned by people. */
    HUMAN,

    /** A language model's translation that staff accepted or corrected. */
    REVIEWED,

    /** A language model's translation nobody has reviewed yet. */
    MACHINE,

    /** None: the passage is in Chinese only. */
    NONE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

}
