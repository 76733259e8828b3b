package city.science.qa.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-client rate limiting (a Bucket4j token bucket per client) on the endpoints that
 * cost work, and a bound on the answer streams one client may hold open. Refusals are 429
 * problem+json with Retry-After, counted in {@code scqa.ratelimit.rejections}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RateLimitFilter implements WebFilter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final LimitProperties limits;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> streams = new ConcurrentHashMap<>();

    private final Counter rejected;

    private final ProblemWriter problems;

    public RateLimitFilter(LimitProperties limits, MeterRegistry meters, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
        this.rejected = Counter.builder("scqa.ratelimit.rejections")
            .description("Requests refused by rate limits")
            .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST || !limited(request.getPath().value())) {
            return chain.filter(exchange);
        }
        String client = client(request);
        ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            return refuse(exchange, seconds, "Too many questions from this client. Please wait " + seconds + " s.");
        }
        if (!streaming(request)) {
            return chain.filter(exchange);
        }
        AtomicInteger open = streams.computeIfAbsent(client, c -> new AtomicInteger());
        if (open.incrementAndGet() > limits.concurrentStreams()) {
            open.decrementAndGet();
            return refuse(exchange, 5, "Too many answers streaming at once for this client.");
        }
        return chain.filter(exchange).doFinally(signal -> {
            if (open.decrementAndGet() <= 0) {
                streams.remove(client, open);
            }
        });
    }

    private static boolean limited(String path) {
        return path.equals("/api/ask") || path.equals("/api/chat") || path.startsWith("/v1/");
    }

    private static boolean streaming(ServerHttpRequest request) {
        return request.getPath().value().equals("/api/chat")
                || request.getPath().value().equals("/v1/chat/completions");
    }

    private Bucket bucket(String client) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            // Idle buckets are full anyway: forgetting them all costs only a fresh burst
            // allowance.
            buckets.clear();
        }
        return buckets.computeIfAbsent(client,
                c -> Bucket.builder()
                    .addLimit(Bandwidth.builder()
                        .capacity(limits.burst())
                        .refillGreedy(limits.questionsPerMinute(), Duration.ofMinutes(1))
                        .build())
                    .build());
    }

    private String client(ServerHttpRequest request) {
        if (limits.trustForwardedFor()) {
            String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private Mono<Void> refuse(ServerWebExchange exchange, long retryAfterSeconds, String detail) {
        rejected.increment();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        return problems.write(exchange, ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", detail),
                headers);
    }

}
