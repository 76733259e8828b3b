package city.science.qa.translation;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dictionary, loaded once at start-up, and what is built on it. */
@Configuration(proxyBeanMethods = false)
class TranslationBeans {

    private static final Logger log = LoggerFactory.getLogger(TranslationBeans.class);

    @Bean
    ChineseEnglishDictionary chineseEnglishDictionary() {
        long start = System.nanoTime();
        ChineseEnglishDictionary dictionary = ChineseEnglishDictionary.load();
        log.info("dictionary: {} CC-CEDICT headwords loaded in {} ms", dictionary.size(),
                (System.nanoTime() - start) / 1_000_000);
        return dictionary;
    }

    @Bean
    Gloss gloss(ChineseEnglishDictionary dictionary, Glossary glossary, ChineseWords words) {
        return new Gloss(dictionary, glossary, words);
    }

    @Bean
    QueryTranslation queryTranslation(ChineseEnglishDictionary dictionary, Glossary glossary) {
        return new QueryTranslation(dictionary, glossary);
    }

    @Bean
    UntranslatedAnswer untranslatedAnswer(Gloss gloss, Glossary glossary, ChineseWords words, ParallelText senses) {
        return new UntranslatedAnswer(gloss, glossary, words, senses);
    }

}
