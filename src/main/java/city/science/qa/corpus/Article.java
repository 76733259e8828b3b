package city.science.qa.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A curated article: metadata, the cleaned Chinese body and, where a translation exists,
 * the English text of each paragraph keyed by paragraph id.
 */
public record Article(ArticleMetadata metadata, List<Paragraph> paragraphs, Map<String, String> translations) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        translations = Map.copyOf(translations);
    }

    public String id() {
        return metadata.id();
    }

    public Optional<String> translationOf(String paragraphId) {
        return Optional.ofNullable(translations.get(paragraphId));
    }

    public Article withTranslations(Map<String, String> english, String englishTitle) {
        ArticleMetadata meta = englishTitle == null || englishTitle.isBlank() ? metadata
                : metadata.withTitleEn(englishTitle);
        return new Article(meta, paragraphs, english);
    }
}
