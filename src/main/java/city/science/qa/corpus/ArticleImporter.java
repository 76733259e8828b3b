package city.science.qa.corpus;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw article text into the curated article format, with the cleaner's rules.
 * Staff add articles this way and review the draft (its {@code notes} list what needs a
 * human eye).
 */
public final class ArticleImporter {

    private static final Pattern PAST_YEAR = Pattern.compile("(?<![到至—\\-~])(20\\d\\d)年");

    private static final int TITLE_FROM_TEXT = 30;

    private final RawArticleCleaner cleaner;

    public ArticleImporter(RawArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** What staff may say about the article beyond its raw text. */
    public record Request(String id, String rawText, Optional<String> title, Optional<String> published,
            Optional<String> source) {
    }

    public String importArticle(Request request) {
        // A pasted page names its source and date near the top: metadata, not text.
        Dateline dateline = Dateline.read(request.rawText());
        RawArticleCleaner.Cleaned cleaned = cleaner.clean(dateline.strip(request.rawText()));
        if (cleaned.paragraphs().isEmpty()) {
            throw new IllegalArgumentException("the text holds no paragraph");
        }
        String published = request.published()
            .or(dateline::publishedIfAny)
            .orElseGet(() -> latestPastYear(request.rawText()));
        String basis = request.published().isPresent() ? "given at import"
                : dateline.publishedIfAny().isPresent() ? "the page's own date line"
                        : published.isEmpty() ? "no year found in the text; set it by hand"
                                : "latest year the text mentions as past (" + published + "); check by hand";
        List<String> notes = new java.util.ArrayList<>(cleaned.notes());
        String title = request.title().orElse(cleaned.titleGuess());
        if (title.isBlank()) {
            String first = cleaned.paragraphs().get(0).text();
            // Cut between code points: a cut through an emoji's surrogate pair is not
            // text.
            title = first.substring(0,
                    first.offsetByCodePoints(0, Math.min(TITLE_FROM_TEXT, first.codePointCount(0, first.length()))));
            notes.add(0, "no headline found: the title is the start of the first paragraph; write one by hand");
        }
        ArticleMetadata meta = new ArticleMetadata(request.id(), title, "", published, basis,
                request.source().or(dateline::sourceIfAny).orElse(""), cleaned.captions(), cleaned.credits(), notes);
        return ArticleFormat.write(meta, cleaned.paragraphs());
    }

    static String latestPastYear(String text) {
        Matcher m = PAST_YEAR.matcher(text);
        int latest = 0;
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest == 0 ? "" : String.valueOf(latest);
    }

}
