package city.science.qa.translation;

/**
 * Whether a dictionary's English for a Chinese term is the sense the articles mean. A
 * word-for-word gloss of a counted noun (重点项目 as "recount item") reads worse than the
 * Chinese term alone; a gloss is shown only where something confirms it.
 */
@FunctionalInterface
public interface SenseCheck {

    /** Confirms nothing: every gloss is withheld unless the glossary names the term. */
    SenseCheck NONE = (chinese, english) -> false;

    boolean confirms(String chinese, String english);

}
