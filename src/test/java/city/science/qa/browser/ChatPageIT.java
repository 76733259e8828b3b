package city.science.qa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.llm.MockLlmTest;
import city.science.qa.llm.MockLlm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chat page in a real browser: Debian's headless Chromium driven by Selenium, against
 * the real service (with a scripted language model, so a stream can be slow enough to
 * stop). Screenshots go to {@code target/screenshots/}.
 */
class ChatPageIT extends MockLlmTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    ChromeDriver browser;

    WebDriverWait wait;

    @BeforeEach
    void open() throws IOException {
        LLM.script(MockLlm.Script.answer("西部科学城", "集聚了", "702家高新技术企业", "[1]。"));
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base() + "/");
        browser.executeScript("localStorage.clear(); localStorage.setItem('scqa.ui', 'zh');");
        browser.navigate().refresh();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aChineseAndAnEnglishQuestionStreamToTheirAnswers() {
        ask("西部科学城集聚了多少家高新技术企业？");
        WebElement first = lastAnswer("done");
        assertThat(first.getText()).contains("702家高新技术企业");
        assertThat(first.findElement(By.cssSelector(".badge")).getText()).contains("均可在来源中找到");
        LLM.script(MockLlm.Script.answer("The Science City has ", "702 high-tech enterprises", "[1]."));
        ask("How many high-tech enterprises are in the Science City?");
        WebElement second = lastAnswer("done");
        assertThat(second.getText()).contains("702 high-tech enterprises");
        assertThat(second.getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.cssSelector(".turn"))).hasSize(2);
        screenshot("chat-1280.png");
        assertNoConsoleErrorsAndOnlyOwnHost();
    }

    @Test
    void aCitationOpensItsPassageWithTheFigureHighlighted() {
        // The model gets its four sources oldest first: the 2026 article that states 702
        // is [4].
        LLM.script(MockLlm.Script.answer("西部科学城", "集聚了", "702家高新技术企业", "[4]。"));
        ask("西部科学城集聚了多少家高新技术企业？");
        lastAnswer("done").findElement(By.cssSelector(".cite")).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source")));
        assertThat(panel.findElement(By.cssSelector("mark.quote")).getText()).contains("702");
        assertThat(browser.findElement(By.cssSelector("#source-translation mark.quote")).getText())
            .contains("702 high-tech enterprises");
        assertThat(browser.findElement(By.id("source-title-en")).getText()).isNotBlank();
        screenshot("citation-1280.png");
        browser.findElement(By.id("source")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOf(panel));
    }

    @Test
    void aStreamCanBeStopped() {
        LLM.script(new MockLlm.Script(Collections.nCopies(400, "字"), Duration.ZERO, Duration.ofMillis(40), 200, false));
        ask("西部科学城集聚了多少家高新技术企业？");
        wait.until(d -> "streaming".equals(lastAnswerElement().getAttribute("data-state")));
        browser.findElement(By.id("stop")).click();
        WebElement answer = lastAnswer("stopped");
        assertThat(answer.getText()).contains("已停止");
        assertThat(browser.findElement(By.id("send")).isDisplayed()).isTrue();
    }

    @Test
    void theConversationSurvivesAReload() {
        ask("西部科学城集聚了多少家高新技术企业？");
        lastAnswer("done");
        LLM.script(MockLlm.Script.answer("重庆大学城汇聚了14所高校[1]。"));
        ask("重庆大学城有多少所高校？");
        lastAnswer("done");
        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector(".turn .answer[data-state='done']")).size() == 2);
        assertThat(browser.findElements(By.cssSelector(".question")).stream().map(WebElement::getText).toList())
            .containsExactly("西部科学城集聚了多少家高新技术企业？", "重庆大学城有多少所高校？");
        browser.findElement(By.id("new-conversation")).click();
        assertThat(browser.findElements(By.cssSelector(".turn"))).isEmpty();
    }

    @Test
    void feedbackReachesTheStaffView() {
        ask("西部科学城集聚了多少家高新技术企业？");
        WebElement answer = lastAnswer("done");
        answer.findElements(By.cssSelector(".vote")).get(1).click();
        answer.findElement(By.cssSelector(".feedback input")).sendKeys("数字要注明年份");
        answer.findElement(By.cssSelector(".feedback button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".thanks")));
        browser.get(base() + "/staff");
        browser.findElement(By.id("token")).sendKeys(ADMIN_TOKEN);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter"))).selectByValue("negative");
        browser.findElement(By.cssSelector("#controls button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#rows tbody tr")).isEmpty());
        String row = browser.findElement(By.cssSelector("#rows tbody tr")).getText();
        assertThat(row).contains("西部科学城集聚了多少家高新技术企业？").contains("数字要注明年份");
        screenshot("staff-1280.png");
    }

    @Test
    void staffSeeHowMuchOfEachArticleIsTranslated() {
        browser.get(base() + "/staff");
        browser.findElement(By.id("token")).sendKeys(ADMIN_TOKEN);
        browser.findElement(By.id("load-translations")).click();
        wait.until(d -> d.findElements(By.cssSelector("#coverage tbody tr")).size() == 5);
        String row = browser.findElement(By.cssSelector("#coverage tbody tr")).getText();
        // Every article of the real corpus is translated by people: none left
        // untranslated.
        assertThat(row).matches("(?s).*\\(.+\\) (\\d+) \\1 0 0 0.*");
        assertThat(browser.findElement(By.id("translation-message")).getText()).contains("5 articles");
        assertNoConsoleErrorsAndOnlyOwnHost();
    }

    @Test
    void aQuestionTheCorpusCannotAnswerShowsSuggestions() {
        ask("重庆明天天气怎么样？");
        WebElement answer = lastAnswer("no-answer");
        assertThat(answer.getText()).contains("没有这个问题的答案");
        List<WebElement> suggestions = answer.findElements(By.cssSelector(".starter"));
        assertThat(suggestions).hasSize(3);
        suggestions.get(0).click();
        wait.until(d -> d.findElements(By.cssSelector(".turn")).size() == 2);
    }

    @Test
    void fitsA360PixelPhoneWithoutHorizontalScrolling() {
        browser.manage().window().setSize(new Dimension(360, 740));
        ask("西部科学城集聚了多少家高新技术企业？");
        lastAnswer("done").findElement(By.cssSelector(".cite")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source")));
        long scrollWidth = (Long) ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
        screenshot("phone-360.png");
    }

    private void ask(String question) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
        box.sendKeys(question);
        box.sendKeys(Keys.ENTER);
    }

    private WebElement lastAnswerElement() {
        List<WebElement> answers = browser.findElements(By.cssSelector(".turn .answer"));
        return answers.get(answers.size() - 1);
    }

    private WebElement lastAnswer(String state) {
        wait.until(d -> !d.findElements(By.cssSelector(".turn .answer")).isEmpty()
                && state.equals(lastAnswerElement().getAttribute("data-state")));
        return lastAnswerElement();
    }

    private void assertNoConsoleErrorsAndOnlyOwnHost() {
        List<String> problems = browser.manage()
            .logs()
            .get(LogType.BROWSER)
            .getAll()
            .stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .toList();
        assertThat(problems).as("console warnings/errors (CSP violations show here)").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser
            .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
        assertThat(resources).isNotEmpty().allMatch(url -> url.startsWith(base()));
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

}
