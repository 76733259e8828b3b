package city.science.qa.search;

import com.fasterxml.jackson.annotation.JsonValue;

/** The language a question is asked in, and so the language of its answer. */
public enum Language {

    ZH("zh"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** {@code zh} or {@code en}: on the wire, in the database and in the eval set. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The language of a code; anything but {@code en} (any case) is Chinese, the corpus's
     * own language.
     */
    public static Language ofCode(String code) {
        return EN.code.equalsIgnoreCase(code == null ? "" : code.strip()) ? EN : ZH;
    }

    /** Whether the text has any Han character (Chinese written in it). */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Chinese when the Han characters outweigh the English words: a Chinese question
     * naming "AI" or asking 「有多少个university」 is still Chinese, an English one quoting
     * 软件企业 is still English.
     */
    public static Language of(String text) {
        int han = 0;
        int latinWords = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            boolean latin = cp < 0x250 && Character.isLetter(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            else if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            i += Character.charCount(cp);
        }
        // A Chinese word is about two characters.
        return han >= 2 * latinWords ? ZH : EN;
    }

}
