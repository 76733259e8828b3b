package city.science.qa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.science.qa.ScienceCityQa;
import city.science.qa.answer.AnswerMode;
import city.science.qa.ask.AskResponse;
import city.science.qa.corpus.Article;
import city.science.qa.corpus.CorpusReader;
import city.science.qa.search.SearchHit;
import city.science.qa.translation.TranslationSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A model reply with no text (servers send them after a content filter) on every path
 * that reads one: a failed call, answered by the offline path or a clear message, never a
 * crash.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmptyModelReplyIT extends MockLlmTest {

    private static final String ASKED = "西部科学城集聚了多少家高新技术企业？";

    @Autowired
    TranslationDrafter drafter;

    @Autowired
    PassageTranslator translator;

    @Test
    void anAnswerStreamWithNoTextFallsBackToTheOfflineAnswer() {
        LLM.script(MockLlm.Script.answer());
        AskResponse answer = ask(client, ASKED, null);
        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.notice()).isPresent();
        assertThat(answer.answer()).contains("702");
    }

    @Test
    void aQueryTranslationWithNoTextLeavesTheEnglishQuestionAsTyped() {
        LLM.blockingReply(null);
        LLM.script(MockLlm.Script.answer("702 high-tech enterprises [1]."));
        AskResponse answer = ask(client, "How many high-tech enterprises are clustered in the Science City?", null);
        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.citations()).anyMatch(c -> c.text().contains("702家高新技术企业"));
    }

    @Test
    void aCondensedFollowUpWithNoTextIsCarriedOffline() {
        LLM.script(MockLlm.Script.answer("702[1]"));
        AskResponse first = ask(client, ASKED, null);
        LLM.blockingReply(null);
        LLM.script(MockLlm.Script.answer("3325[1]"));
        AskResponse followUp = ask(client, "那科技型企业呢？", first.conversationId());
        assertThat(followUp.turn()).isEqualTo(2);
        assertThat(followUp.citations()).anyMatch(c -> c.text().contains("3325家科技型企业"));
    }

    @Test
    void aPassageTranslationWithNoTextLeavesThePassageCitedInChinese() {
        LLM.blockingReply(null);
        SearchHit untranslated = new SearchHit("no-translation-yet", "x", "标题", null, "2024", "", "", List.of("p01"),
                "金凤实验室把重大疾病的下一代诊断作为核心任务。", "", null, TranslationSource.NONE, 1, 1);
        assertThat(translator.withTranslations(List.of(untranslated))).containsExactly(untranslated);
        assertThatThrownBy(() -> drafter.translate(untranslated.text())).isInstanceOf(ModelReply.Empty.class)
            .hasMessage("the language model replied with no text");
    }

    @Test
    void theImportCommandSaysWhenTheModelDraftsNothingAndKeepsTheArticle(CapturedOutput output) throws Exception {
        LLM.blockingReply(null);
        Path dir = Files.createTempDirectory("import");
        Path raw = Files.writeString(dir.resolve("raw.txt"),
                "科学会堂开门两个月办会15场\n\n来源：重庆日报  2024-12-31\n\n会堂投入使用以来已经办过15场活动。\n");
        Path out = dir.resolve("hall.md");
        System.setProperty("scqa.llm.provider", "openai");
        System.setProperty("scqa.llm.base-url", LLM.baseUrl());
        System.setProperty("scqa.llm.model", "mock");
        System.setProperty("scqa.llm.api-key", "test-key");
        try {
            ScienceCityQa.main(new String[] { "import", raw.toString(), "--id", "hall", "--out", out.toString() });
        }
        finally {
            System.clearProperty("scqa.llm.provider");
            System.clearProperty("scqa.llm.base-url");
            System.clearProperty("scqa.llm.model");
            System.clearProperty("scqa.llm.api-key");
        }
        assertThat(out).exists();
        assertThat(dir.resolve("hall.en.md")).doesNotExist();
        assertThat(output).contains("could not draft the English file (the language model replied with no text)")
            .doesNotContain("NullPointerException");
    }

    @Test
    void aDraftOfAnArticleWithNoTextFails() {
        LLM.blockingReply("");
        Article article = new CorpusReader(Path.of("corpus")).read().articles().get(0);
        assertThatThrownBy(() -> drafter.draft(article)).isInstanceOf(ModelReply.Empty.class);
    }

}
