package city.science.qa.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A client may hold only so many answer streams open at once; a finished stream frees its
 * place.
 */
class StreamLimitTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final LimitProperties limits = new LimitProperties(1000, 1000, 2, false, List.of());

    private final RateLimitFilter filter = new RateLimitFilter(limits, RateLimitBuckets.inMemory(limits), meters,
            new ProblemWriter(tools.jackson.databind.json.JsonMapper.builder().build()));

    @Test
    void aThirdOpenStreamIsRefusedUntilOneEnds() throws InterruptedException {
        Sinks.Empty<Void> first = Sinks.empty();
        // The bucket is read off the event loop: wait until both streams are open.
        CountDownLatch open = new CountDownLatch(2);
        Disposable one = filter.filter(chat("10.0.0.1"), e -> {
            open.countDown();
            return first.asMono();
        }).subscribe();
        Disposable two = filter.filter(chat("10.0.0.1"), e -> {
            open.countDown();
            return Mono.never();
        }).subscribe();
        assertThat(open.await(10, TimeUnit.SECONDS)).isTrue();

        MockServerWebExchange third = chat("10.0.0.1");
        filter.filter(third, e -> Mono.empty()).block();
        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isNotBlank();

        MockServerWebExchange otherClient = chat("10.0.0.2");
        filter.filter(otherClient, e -> Mono.empty()).block();
        assertThat(otherClient.getResponse().getStatusCode()).isNull();

        first.tryEmitEmpty();
        one.dispose();
        MockServerWebExchange again = chat("10.0.0.1");
        filter.filter(again, e -> Mono.empty()).block();
        assertThat(again.getResponse().getStatusCode()).isNull();
        assertThat(meters.counter("scqa.ratelimit.rejections").count()).isEqualTo(1.0);
        two.dispose();
    }

    private static MockServerWebExchange chat(String client) {
        return MockServerWebExchange
            .from(MockServerHttpRequest.post("/api/chat").remoteAddress(new InetSocketAddress(client, 40000)).build());
    }

}
