package city.science.qa.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An article as stored, in the corpus format: its Chinese document and, once translated,
 * its English one. The same text is a file pair in {@code corpus/articles/} and a row of
 * the article library.
 */
public record ArticleDocument(String id, String chinese, Optional<String> english) {

    /** Parses both documents; the English one gives each paragraph its translation. */
    public Article article() {
        ArticleFormat.Document doc = ArticleFormat.parse(chinese);
        ArticleMetadata meta = ArticleFormat.metadata(doc);
        Article article = new Article(meta, doc.paragraphs(), Map.of());
        if (english.isEmpty()) {
            return article;
        }
        ArticleFormat.Document en = ArticleFormat.parse(english.get());
        Map<String, String> translations = new LinkedHashMap<>();
        en.paragraphs().forEach(p -> translations.put(p.id(), p.text()));
        Object title = en.frontMatter().get("title");
        return article.withTranslations(translations, title == null ? null : title.toString());
    }

}
