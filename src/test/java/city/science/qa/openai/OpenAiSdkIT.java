package city.science.qa.openai;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The official {@code openai} npm SDK, as a real client, against {@code /v1}: models, a
 * streamed completion, a non-streamed one with history, and a refusal. Runs
 * {@code node --test} in {@code src/test/node} ({@code make test} installs its locked
 * dependencies).
 */
class OpenAiSdkIT extends DatabaseTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenAiSdkTalksToTheService() throws Exception {
        ingestor.ingest();
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "openai-sdk.test.mjs")
            .directory(new File("src/test/node"))
            .redirectErrorStream(true);
        node.environment().put("SCQA_BASE_URL", "http://127.0.0.1:" + port);
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("streams a cited answer").contains("pass 4").contains("fail 0");
    }

}
