package city.science.qa.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A passage as the chunker cut it, before it is embedded.
 *
 * @param ordinal position in the article, for reading order
 * @param paragraphIds the paragraphs it was cut from
 * @param text the original Chinese
 * @param translation the English, or null when the article has no translation yet
 */
public record PassageDraft(String articleId, int ordinal, List<String> paragraphIds, String section, String text,
        String translation) {

    public PassageDraft {
        paragraphIds = List.copyOf(paragraphIds);
    }

    /**
     * The passage's identity: a hash of what gets embedded. An unchanged passage keeps
     * its id (and so its stored embeddings) across re-ingests; any change to its text
     * makes it a new passage.
     */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] { articleId, section, text, translation == null ? "" : translation }) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
