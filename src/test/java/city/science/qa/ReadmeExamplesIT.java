package city.science.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every {@code curl} example of the README, run as written with real curl against the
 * running service: only the host's port, the admin token and the conversation id a
 * follow-up example names are filled in. Each must succeed (HTTP 2xx), and the ones whose
 * answer the README states must give it.
 */
class ReadmeExamplesIT extends DatabaseTest {

    @LocalServerPort
    int port;

    @Test
    void everyCurlExampleOfTheReadmeWorksAsWritten() throws Exception {
        List<String> examples = curlExamples(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        String conversation = ask(client, "西部科学城集聚了多少家高新技术企业？", null).conversationId();
        String gdp2025 = ask(client, "What was the GDP growth of the Chongqing High-tech Zone in 2025?", null)
            .conversationId();
        for (String example : examples) {
            String command = example.replace("http://localhost:8080", "http://127.0.0.1:" + port)
                .replace("<id from the first answer>", conversation)
                .replace("<id of the 2025 answer>", gdp2025)
                .replaceFirst("^curl ", "curl -sS --fail-with-body --max-time 60 ");
            String output = run(command);
            if (example.contains("西部科学城集聚了多少家高新技术企业")) {
                assertThat(output).as(example).contains("702");
            }
            if (example.contains("And in 2021?")) {
                assertThat(output).as(example).contains("12.9%").doesNotContain("6.8%");
            }
            if (example.contains("in 2025?")) {
                assertThat(output).as(example).contains("6.8%");
            }
            if (example.contains("What is the planned area of the Science City?")) {
                assertThat(output).as(example).containsAnyOf("1198", "1,198");
            }
            if (example.contains("/api/admin/translations")) {
                assertThat(output).as(example).contains("\"human\":23").contains("\"none\":0");
            }
            if (example.contains("/api/admin/reindex")) {
                assertThat(output).as(example).contains("\"articles\":5");
            }
            if (example.contains("/api/admin/articles/drafts")) {
                assertThat(output).as(example)
                    .contains("\"title\":\"缙云山生态监测站投入运行\"", "\"published\":\"2026-11-20\"", "\"taken\":false");
            }
            if (example.endsWith("/api/admin/articles")) {
                assertThat(output).as(example).contains("event:published", "\"articleId\":\"jinyun-station\"");
            }
            if (example.contains("/withdraw")) {
                assertThat(output).as(example).contains("\"passagesRemoved\":1");
            }
            if (example.contains("/api/admin/articles/history")) {
                assertThat(output).as(example).contains("\"action\":\"WITHDRAWN\"");
            }
        }
    }

    @org.junit.jupiter.api.AfterEach
    void forgetTheExampleArticle(@org.springframework.beans.factory.annotation.Autowired JdbcClient jdbc) {
        city.science.qa.publishing.Publishing.forget(jdbc, "jinyun-station");
        ingestor.ingest();
    }

    /**
     * The curl commands of the README's shell blocks, with continued lines joined,
     * comments dropped.
     */
    static List<String> curlExamples(String readme) {
        List<String> out = new ArrayList<>();
        boolean inShell = false;
        StringBuilder pending = null;
        for (String line : readme.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("```")) {
                inShell = !inShell && stripped.equals("```sh");
                continue;
            }
            if (!inShell) {
                continue;
            }
            if (pending == null && !stripped.startsWith("curl ")) {
                continue;
            }
            String part = stripped.replaceAll("\\s+#[^'\"]*$", "");
            pending = pending == null ? new StringBuilder(part) : pending.append(' ').append(part);
            if (pending.toString().endsWith("\\")) {
                pending.setLength(pending.length() - 1);
                continue;
            }
            out.add(pending.toString().strip());
            pending = null;
        }
        return out;
    }

    private static String run(String command) throws Exception {
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        shell.environment().put("SCQA_ADMIN_TOKEN", ADMIN_TOKEN);
        Process process = shell.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(command).isTrue();
        assertThat(process.exitValue()).as(command + "\n" + output).isZero();
        assertThat(output).as(command).isNotBlank();
        return output;
    }

}
