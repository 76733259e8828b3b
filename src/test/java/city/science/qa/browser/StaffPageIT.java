package city.science.qa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.publishing.Publishing;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff page's "Add article" in a real browser, offline: paste a news page, read the
 * draft, correct the title, publish, watch the progress bar complete, then ask the chat a
 * question only the new article answers and find it cited; withdraw it from the list.
 */
class StaffPageIT extends DatabaseTest {

    private static final String ID = "jinyun-station-browser";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    WebDriverWait wait;

    @BeforeEach
    void open() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        Publishing.forget(jdbc, ID);
        ingestor.ingest();
    }

    @Test
    void pasteDraftPublishAskAndWithdraw() throws IOException {
        browser.get(base() + "/staff");
        browser.findElement(By.id("token")).sendKeys(ADMIN_TOKEN);
        // Pasted, as staff do: typing it key by key would take the test a minute.
        browser.executeScript("document.getElementById('raw').value = arguments[0];", Publishing.STATION_PAGE);
        browser.findElement(By.id("draft-id")).sendKeys(ID);
        browser.findElement(By.id("make-draft")).click();

        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title")));
        assertThat(title.getAttribute("value")).isEqualTo("缙云山生态监测站在西部科学城投入运行");
        assertThat(browser.findElement(By.id("article-published")).getAttribute("value")).isEqualTo("2026-11-20");
        assertThat(browser.findElement(By.id("article-body")).getAttribute("value")).contains("86个观测点位");
        title.clear();
        title.sendKeys("缙云山生态监测站投入运行");
        browser.findElement(By.id("publish")).click();

        wait.until(d -> d.findElement(By.id("publish-message")).getText().contains("answerable now"));
        assertThat(browser.findElement(By.id("publish-progress")).isDisplayed()).as("the progress bar").isTrue();
        assertThat(browser.findElement(By.id("article-form")).isDisplayed()).as("the form, once published").isFalse();
        assertThat(browser.findElement(By.id("publish-message")).getText()).contains("Published " + ID);
        wait.until(d -> d.findElements(By.cssSelector("#history tbody tr"))
            .stream()
            .anyMatch(r -> r.getText().contains(ID) && r.getText().contains("published")));
        Files.createDirectories(ChatPageIT.SCREENSHOTS);
        Files.write(ChatPageIT.SCREENSHOTS.resolve("staff-published.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(base() + "/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
        box.sendKeys(Publishing.STATION_QUESTION);
        box.sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector(".turn .answer[data-state='done']")).isEmpty());
        WebElement answer = browser.findElement(By.cssSelector(".turn .answer[data-state='done']"));
        assertThat(answer.getText()).contains("86");
        answer.findElement(By.cssSelector(".cite")).click();
        WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source")));
        assertThat(source.getText()).contains("缙云山生态监测站投入运行").contains("86个观测点位");

        browser.get(base() + "/staff");
        // The page kept the token of this tab's session.
        assertThat(browser.findElement(By.id("token")).getAttribute("value")).isEqualTo(ADMIN_TOKEN);
        browser.findElement(By.id("load-articles")).click();
        WebElement row = wait.until(ExpectedConditions
            .visibilityOfElementLocated(By.cssSelector("#articles tr[data-article='" + ID + "']")));
        List<WebElement> buttons = row.findElements(By.tagName("button"));
        buttons.get(buttons.size() - 1).click();
        browser.switchTo().alert().accept();
        wait.until(d -> d.findElement(By.id("publish-message")).getText().contains("Withdrew " + ID));
        assertThat(jdbc.sql("SELECT count(*) FROM passage WHERE article_id = ?").param(ID).query(Long.class).single())
            .isZero();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

}
