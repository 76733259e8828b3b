package city.science.qa.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import city.science.qa.llm.LanguageModels;
import city.science.qa.llm.LlmProperties;
import city.science.qa.llm.Prompts;
import city.science.qa.llm.QueryRewriter;
import city.science.qa.search.Language;
import city.science.qa.search.QueryTerms;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow-ups offline: which questions refer back, and what is searched for them. */
class FollowUpsTest {

    private static final Glossary GLOSSARY = Glossary.load(Path.of("corpus/glossary.tsv"));

    private static final LlmProperties OFFLINE = new LlmProperties(LlmProperties.Provider.NONE, "", "", "",
            Duration.ofSeconds(20), Duration.ofSeconds(120), 600, 0.1, 4, Path.of("prompts"));

    private final FollowUps followUps = new FollowUps(
            new QueryRewriter(new LanguageModels(OFFLINE), new Prompts(OFFLINE), GLOSSARY), GLOSSARY,
            new QueryTerms(new ChineseWords()));

    private final List<ConversationRepository.Turn> history = List
        .of(new ConversationRepository.Turn(1, "金凤实验室是什么？", Language.ZH, "金凤实验室是……[1]", true, "金凤实验室是什么？"));

    @Test
    void pronounsAndShortQuestionsWithoutANameReferBack() {
        assertThat(followUps.looksLikeFollowUp("那它的核心任务是什么？", Language.ZH)).isTrue();
        assertThat(followUps.looksLikeFollowUp("And in 2021?", Language.EN)).isTrue();
        assertThat(followUps.looksLikeFollowUp("有多少人？", Language.ZH)).isTrue();
        assertThat(followUps.looksLikeFollowUp("今年1到8月新签了几个？", Language.ZH)).as("a count of nothing named").isTrue();
    }

    @Test
    void aQuestionThatNamesItsSubjectStandsAlone() {
        assertThat(followUps.looksLikeFollowUp("嘉陵江实验室有多少名核心科研人员？", Language.ZH)).isFalse();
        assertThat(
                followUps.looksLikeFollowUp("How many high-tech enterprises does the Science City have?", Language.EN))
            .isFalse();
    }

    @Test
    void aFollowUpThatAsksSomethingOfItsOwnCarriesTheEarlierNames() {
        assertThat(followUps.resolve("那它的核心任务是什么？", Language.ZH, history)).isEqualTo("金凤实验室 那它的核心任务是什么？");
    }

    @Test
    void aFollowUpCarriesWhatTheEarlierQuestionWasAboutNotWhatItAsked() {
        List<ConversationRepository.Turn> lab = List
            .of(new ConversationRepository.Turn(1, "How many core researchers does the Jialing River Laboratory have?",
                    Language.EN, "600 [1]", true, "How many core researchers does the Jialing River Laboratory have?"));
        assertThat(followUps.resolve("And what is its main task?", Language.EN, lab))
            .isEqualTo("Jialing River Laboratory And what is its main task?");
    }

    @Test
    void aFollowUpAboutTheScienceCityAloneCarriesTheWholeEarlierQuestion() {
        // Every passage is about the Science City: its name alone would only outweigh
        // what the follow-up asks, the earlier question says which part of it was meant.
        List<ConversationRepository.Turn> cars = List
            .of(new ConversationRepository.Turn(1, "How fast did the Science City's car industry grow?", Language.EN,
                    "64.7% [1]", true, "How fast did the Science City's car industry grow?"));
        assertThat(followUps.resolve("Which academician's team moved there in April?", Language.EN, cars)).isEqualTo(
                "How fast did the Science City's car industry grow? Which academician's team moved there in April?");
    }

    @Test
    void anEllipticalFollowUpCarriesTheEarlierQuestionWithItsOwnYear() {
        List<ConversationRepository.Turn> gdp = List
            .of(new ConversationRepository.Turn(1, "What was the GDP growth of the Chongqing High-tech Zone in 2025?",
                    Language.EN, "6.8% [1]", true, "What was the GDP growth of the Chongqing High-tech Zone in 2025?"));
        assertThat(followUps.resolve("And in 2021?", Language.EN, gdp))
            .isEqualTo("What was the GDP growth of the Chongqing High-tech Zone? And in 2021?");
    }

    @Test
    void aFirstQuestionOrAStandaloneOneIsSearchedAsAsked() {
        assertThat(followUps.resolve("那它的核心任务是什么？", Language.ZH, List.of())).isEqualTo("那它的核心任务是什么？");
        assertThat(followUps.resolve("嘉陵江实验室有多少名核心科研人员？", Language.ZH, history)).isEqualTo("嘉陵江实验室有多少名核心科研人员？");
    }

}
