package city.science.qa.publishing;

import city.science.qa.library.ArticleHistory;

/**
 * What the publication stream tells the staff page, one Server-Sent Event each:
 * {@code progress} while passages are embedded and written (and, with a language model,
 * drafted in English), {@code published} once the article is answerable, {@code failed}
 * if it could not be published (nothing was changed).
 */
public sealed interface PublicationEvent {

    /** The step a publication is in; {@code done} of {@code total} passages. */
    enum Step {

        EMBEDDING, WRITING, TRANSLATING

    }

    record Progress(Step step, int done, int total) implements PublicationEvent {

        @Override
        public String name() {
            return "progress";
        }

    }

    /**
     * @param passages the article's passages now in the index
     * @param embedded those that were embedded now (unchanged ones keep their vectors)
     * @param removed the replaced version's passages that left the index
     */
    record Published(String articleId, ArticleHistory.Action action, int passages, int embedded, int removed,
            long millis) implements PublicationEvent {

        @Override
        public String name() {
            return "published";
        }

    }

    record Failed(String detail) implements PublicationEvent {

        @Override
        public String name() {
            return "failed";
        }

    }

    /** The {@code event:} name of the Server-Sent Event. */
    String name();

}
