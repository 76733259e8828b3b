package city.science.qa;

import city.science.qa.corpus.CorpusProperties;
import city.science.qa.corpus.Glossary;
import city.science.qa.llm.LanguageModels;
import city.science.qa.llm.LlmProperties;
import city.science.qa.llm.Prompts;
import city.science.qa.llm.TranslationDrafter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The few beans an import's English draft needs, bound from the same configuration as the
 * service but without its database, so {@code make import} works on a machine with no
 * PostgreSQL. A top-level class without {@code @Configuration}: the service's component
 * scan never picks it up.
 */
@EnableConfigurationProperties({ LlmProperties.class, CorpusProperties.class })
@Import({ LanguageModels.class, Prompts.class, TranslationDrafter.class })
class DraftingBeans {

    @Bean
    Glossary glossary(CorpusProperties corpus) {
        return Glossary.load(corpus.dir().resolve("glossary.tsv"));
    }

}
