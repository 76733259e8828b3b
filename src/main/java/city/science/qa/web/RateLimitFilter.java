package city.science.qa.web;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Schedulers;
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
 * Per-client rate limiting (a Bucket4j token bucket per client, shared by every instance
 * through PostgreSQL: {@link RateLimitBuckets}) on the endpoints that cost work, and a
 * bound on the answer streams one client may hold open on this instance. Refusals are 429
 * problem+json with Retry-After, counted in {@code scqa.ratelimit.rejections}. When the
 * buckets cannot be read (the database is away), the request goes through: its own
 * database work then fails with a 503, and a limiter outage never refuses visitors.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RateLimitFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final LimitProperties limits;

    private final RateLimitBuckets buckets;

    private final Map<String, AtomicInteger> streams = new ConcurrentHashMap<>();

    private final Counter rejected;

    private final ProblemWriter problems;

    public RateLimitFilter(LimitProperties limits, RateLimitBuckets buckets, MeterRegistry meters,
            ProblemWriter problems) {
        this.limits = limits;
        this.buckets = buckets;
        this.problems = problems;
        this.rejected = Counter.builder("scqa.ratelimit.rejections")
            .description("Requests refused by rate limits")
            .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST || !limited(RequestPaths.matched(request))) {
            return chain.filter(exchange);
        }
        String client = client(request);
        return Mono.fromCallable(() -> consume(client))
            .subscribeOn(Schedulers.boundedElastic())
            .flatMap(probe -> probe.isEmpty() || probe.get().isConsumed() ? proceed(exchange, chain, client)
                    : refuse(exchange, secondsToWait(probe.get()),
                            "Too many questions from this client. Please wait " + secondsToWait(probe.get()) + " s."));
    }

    private java.util.Optional<ConsumptionProbe> consume(String client) {
        try {
            return java.util.Optional.of(buckets.tryConsume(client));
        }
        catch (RuntimeException e) {
            log.warn("rate-limit buckets unavailable ({}); letting the request through", e.getClass().getSimpleName());
            return java.util.Optional.empty();
        }
    }

    private static long secondsToWait(ConsumptionProbe probe) {
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    private Mono<Void> proceed(ServerWebExchange exchange, WebFilterChain chain, String client) {
        if (!streaming(exchange.getRequest())) {
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
        String path = RequestPaths.matched(request);
        return path.equals("/api/chat") || path.equals("/v1/chat/completions");
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
