package city.science.qa;

import city.science.qa.answer.Suggestions;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.index.Embeddings;
import city.science.qa.corpus.Chunker;
import city.science.qa.corpus.CorpusProperties;
import city.science.qa.corpus.Glossary;
import city.science.qa.corpus.RawArticleCleaner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The corpus classes are plain Java (the importer runs without Spring); here they become
 * beans.
 */
@Configuration(proxyBeanMethods = false)
class CorpusConfig {

    @Bean
    ChineseWords chineseWords() {
        return new ChineseWords();
    }

    @Bean
    Chunker chunker(CorpusProperties properties) {
        return new Chunker(properties.maxPassageChars(), properties.minPassageChars());
    }

    @Bean
    Glossary glossary(CorpusProperties properties) {
        return Glossary.load(properties.dir().resolve("glossary.tsv"));
    }

    @Bean
    Suggestions suggestions(CorpusProperties properties, Embeddings embeddings) {
        return Suggestions.load(properties.dir().resolve("suggestions.yaml"), embeddings);
    }

    @Bean
    RawArticleCleaner rawArticleCleaner(ChineseWords words) {
        return new RawArticleCleaner(words);
    }

}
