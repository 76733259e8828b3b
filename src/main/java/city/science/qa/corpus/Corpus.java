package city.science.qa.corpus;

import java.util.List;

/**
 * The curated articles as read from disk, with a fingerprint of the files they came from.
 *
 * @param fingerprint changes whenever any article or translation file changes
 */
public record Corpus(List<Article> articles, String fingerprint) {

    public Corpus {
        articles = List.copyOf(articles);
    }
}
