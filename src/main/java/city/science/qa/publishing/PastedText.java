package city.science.qa.publishing;

import city.science.qa.web.BadRequestException;

/**
 * What a pasted or uploaded text must be before the importer reads it: text, not bytes of
 * something else. A file read with the wrong encoding or a binary file shows as NUL and
 * control characters, U+FFFD replacement characters, or halves of surrogate pairs.
 */
final class PastedText {

    // A few stray replacement characters survive copy and paste from web pages; a
    // mis-decoded file has them everywhere.
    private static final double MAX_REPLACEMENT_SHARE = 0.01;

    private PastedText() {
    }

    static String check(String field, String text) {
        int replacements = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new BadRequestException(field, "The text holds control characters (U+%04X): it looks like "
                    .formatted((int) c)
                        + "binary data, not an article. Paste the article's text, or upload a UTF-8 .txt file.");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(++i)))) {
                throw new BadRequestException(field, "The text holds a broken character (half of a surrogate pair).");
            }
            if (c == '\uFFFD') {
                replacements++;
            }
        }
        if (replacements > 3 && replacements > text.length() * MAX_REPLACEMENT_SHARE) {
            throw new BadRequestException(field, "The text holds " + replacements + " undecodable characters (U+FFFD): "
                    + "it was read with the wrong encoding. Save the file as UTF-8 and upload it again.");
        }
        return text;
    }

}
