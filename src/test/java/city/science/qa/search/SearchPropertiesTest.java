package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** The search settings bind as typed records and refuse to start when they are wrong. */
class SearchPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(SearchProperties.class)
    static class Settings {

    }

    @Test
    void fusionBindsAsRetrieversWithWeightsAndTheRestHasDefaults() {
        context
            .withPropertyValues("scqa.search.chinese-query-prefix=zh:", "scqa.search.english-query-prefix=en:",
                    "scqa.search.fuse-chinese[0].retriever=dense-zh-sentence",
                    "scqa.search.fuse-chinese[1].retriever=keyword-zh",
                    "scqa.search.fuse-english[0].retriever=cross-zh", "scqa.search.fuse-english[0].weight=2")
            .run(ctx -> {
                SearchProperties p = ctx.getBean(SearchProperties.class);
                assertThat(p.fusionFor(Language.ZH)).containsExactly(
                        new SearchProperties.Fused(RetrieverName.DENSE_ZH_SENTENCE, 1),
                        new SearchProperties.Fused(RetrieverName.KEYWORD_ZH, 1));
                assertThat(p.fusionFor(Language.EN))
                    .containsExactly(new SearchProperties.Fused(RetrieverName.CROSS_ZH, 2));
                assertThat(p.defaultK()).isEqualTo(5);
                assertThat(p.candidates()).isEqualTo(30);
            });
    }

    @Test
    void aMissingFusionFailsAtStartUp() {
        context.withPropertyValues("scqa.search.chinese-query-prefix=zh:", "scqa.search.english-query-prefix=en:")
            .run(ctx -> assertThat(ctx).hasFailed());
    }

    @Test
    void anUnknownRetrieverFailsAtStartUp() {
        context
            .withPropertyValues("scqa.search.chinese-query-prefix=zh:", "scqa.search.english-query-prefix=en:",
                    "scqa.search.fuse-chinese[0].retriever=grep", "scqa.search.fuse-english[0].retriever=keyword-en")
            .run(ctx -> assertThat(ctx).hasFailed());
    }

}
