package city.science.qa.crash;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.TempCorpus;
import city.science.qa.ask.AskResponse;
import city.science.qa.corpus.Article;
import city.science.qa.corpus.Chunker;
import city.science.qa.corpus.CorpusReader;
import city.science.qa.corpus.PassageDraft;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Processes killed with SIGKILL: an ingest half-way, and the service itself. Nothing is
 * lost or half-written.
 */
class CrashIT extends DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Chunker chunker;

    @Test
    void anIngestKilledAtAnyMomentLeavesTheOldIndexOrTheNewOneNeverAMix(@TempDir Path dir) throws Exception {
        Set<String> old = passageIds();
        Path corpus = TempCorpus.copy(dir.resolve("corpus"), f -> true);
        try (var files = Files.list(corpus.resolve("articles"))) {
            for (Path f : files.filter(f -> !f.toString().endsWith(".en.md")).toList()) {
                // Nearly every paragraph changes, so nearly every passage is new: a long
                // ingest.
                Files.writeString(f, Files.readString(f).replace("。", "。 "));
            }
        }
        Set<String> fresh = new HashSet<>();
        for (Article a : new CorpusReader(corpus).read().articles()) {
            chunker.chunk(a).stream().map(PassageDraft::contentHash).forEach(fresh::add);
        }
        assertThat(fresh.stream().filter(id -> !old.contains(id)).count()).isGreaterThan(40);
        try {
            // Killed while embedding (nothing written yet), then while writing its
            // transaction: each
            // kill is made at a moment the ingest's own log shows it is in, not after a
            // guessed delay.
            for (String moment : new String[] { "ingest: embedding", "ingest: wrote 1 of" }) {
                Path log = dir.resolve("ingest-killed.log");
                Process ingest = ServiceProcess.start(log, "ingest", "--scqa.corpus.dir=" + corpus,
                        "--logging.level.city.science.qa.index.Ingestor=DEBUG");
                String before = awaitLine(log, ingest, moment);
                ServiceProcess.kill(ingest);
                assertThat(before).as("the ingest was killed mid-way, at '%s'", moment)
                    .contains(moment)
                    .doesNotContain("IngestReport[");
                assertThat(passageIds()).as("after a kill at '%s' the old index is whole", moment).isEqualTo(old);
            }
            Process complete = ServiceProcess.start(dir.resolve("ingest-complete.log"), "ingest",
                    "--scqa.corpus.dir=" + corpus);
            assertThat(complete.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(complete.exitValue()).isZero();
            assertThat(passageIds()).as("a second ingest completes").isEqualTo(fresh);
        }
        finally {
            ingestor.ingest();
        }
        assertThat(passageIds()).isEqualTo(old);
    }

    /**
     * The log so far, once it holds the line; fails if the process ends first or takes
     * too long.
     */
    private static String awaitLine(Path log, Process process, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains(line)) {
                return text;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the ingest ended before '" + line + "':\n" + text);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no '" + line + "' in the ingest's log within 120 s");
    }

    @Test
    void conversationsAndFeedbackSurviveAKilledService(@TempDir Path dir) throws Exception {
        int port = freePort();
        Process service = ServiceProcess.start(dir.resolve("service-1.log"), "--server.port=" + port);
        WebTestClient remote = WebTestClient.bindToServer()
            .baseUrl("http://127.0.0.1:" + port)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
        String conversation;
        try {
            awaitReady(remote);
            AskResponse answer = ask(remote, "光大人工智能产业基地投资约多少？", null);
            conversation = answer.conversationId();
            remote.post()
                .uri("/api/feedback")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("conversationId", conversation, "turn", 1, "rating", "down", "comment",
                        "before the crash"))
                .exchange()
                .expectStatus()
                .isCreated();
        }
        finally {
            ServiceProcess.kill(service);
        }
        Process again = ServiceProcess.start(dir.resolve("service-2.log"), "--server.port=" + port);
        try {
            awaitReady(remote);
            remote.get()
                .uri("/api/conversations/" + conversation)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.turns[0].question")
                .isEqualTo("光大人工智能产业基地投资约多少？");
            assertThat(jdbc.sql("SELECT comment FROM feedback WHERE conversation_id = ?::uuid")
                .param(conversation)
                .query(String.class)
                .list()).containsExactly("before the crash");
        }
        finally {
            ServiceProcess.kill(again);
        }
    }

    private Set<String> passageIds() {
        return new HashSet<>(jdbc.sql("SELECT id FROM passage").query(String.class).list());
    }

    private static void awaitReady(WebTestClient remote) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                if (remote.get()
                    .uri("/actuator/health/readiness")
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .is2xxSuccessful()) {
                    return;
                }
            }
            catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the service did not become ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
