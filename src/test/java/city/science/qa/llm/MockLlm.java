package city.science.qa.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server that speaks a language model provider's protocol (OpenAI-compatible
 * SSE chunks, or Ollama's NDJSON), scripted per test: the tokens to stream, a delay
 * before and between them, a failure. It records every request body and notices when a
 * client closes the stream.
 */
public final class MockLlm implements AutoCloseable {

    /** What the next streamed answers look like. */
    public record Script(List<String> tokens, Duration firstTokenDelay, Duration tokenDelay, int status,
            boolean malformed) {

        public static Script answer(String... tokens) {
            return new Script(List.of(tokens), Duration.ZERO, Duration.ZERO, 200, false);
        }

        public Script slowly(Duration first, Duration between) {
            return new Script(tokens, first, between, status, malformed);
        }

        public static Script failing(int status) {
            return new Script(List.of(), Duration.ZERO, Duration.ZERO, status, false);
        }

        public static Script garbage() {
            return new Script(List.of(), Duration.ZERO, Duration.ZERO, 200, true);
        }
    }

    private final HttpServer server;

    private final boolean ollama;

    private final AtomicReference<Script> script = new AtomicReference<>(Script.answer("OK"));

    private final AtomicReference<String> blockingReply = new AtomicReference<>("");

    private final List<String> requests = new CopyOnWriteArrayList<>();

    private final AtomicBoolean streamClosedByClient = new AtomicBoolean();

    private MockLlm(boolean ollama) throws IOException {
        this.ollama = ollama;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(ollama ? "/api/chat" : "/v1/chat/completions", this::handle);
        server.start();
    }

    public static MockLlm openAi() throws IOException {
        return new MockLlm(false);
    }

    public static MockLlm ollama() throws IOException {
        return new MockLlm(true);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + (ollama ? "" : "/v1");
    }

    public void script(Script next) {
        script.set(next);
        streamClosedByClient.set(false);
    }

    /** The reply to non-streaming calls (follow-up condensing, query translation). */
    public void blockingReply(String reply) {
        blockingReply.set(reply);
    }

    public List<String> requests() {
        return requests;
    }

    public boolean streamClosedByClient() {
        return streamClosedByClient.get();
    }

    public void reset() {
        requests.clear();
        blockingReply.set("");
        script(Script.answer("OK"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        boolean streaming = body.replace(" ", "").contains("\"stream\":true");
        if (!streaming) {
            reply(exchange, 200,
                    ollama ? ollamaMessage(blockingReply.get(), true) : openAiCompletion(blockingReply.get()));
            return;
        }
        Script s = script.get();
        if (s.status() != 200) {
            reply(exchange, s.status(), "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", ollama ? "application/x-ndjson" : "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            sleep(s.firstTokenDelay());
            if (s.malformed()) {
                write(out, ollama ? "{\"message\": {\"content\": \n" : "data: {\"choices\": [{\"delta\": \n\n");
                return;
            }
            // Real servers open with a chunk that has a role and no text.
            if (!ollama) {
                write(out, "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{\"role\":\"assistant\",\"content\":null},\"finish_reason\":null}]}\n\n");
            }
            for (String token : s.tokens()) {
                write(out, ollama ? ollamaMessage(token, false) + "\n" : "data: " + openAiChunk(token) + "\n\n");
                sleep(s.tokenDelay());
            }
            write(out, ollama ? ollamaMessage("", true) + "\n"
                    : "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},"
                            + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
        }
        catch (IOException e) {
            streamClosedByClient.set(true);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String openAiChunk(String token) {
        return "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"mock\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + json(token) + "},\"finish_reason\":null}]}";
    }

    private static String openAiCompletion(String content) {
        return "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"mock\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + json(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
    }

    private static String ollamaMessage(String content, boolean done) {
        return "{\"model\":\"mock\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":" + json(content) + "},\"done\":" + done
                + (done ? ",\"done_reason\":\"stop\",\"prompt_eval_count\":1,\"eval_count\":1" : "") + "}";
    }

    /**
     * A JSON string, or {@code null} for a reply with no text (as filtered replies come).
     */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
