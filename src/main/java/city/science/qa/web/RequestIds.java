package city.science.qa.web;

import io.micrometer.context.ContextRegistry;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Every request gets an id (the caller's {@code X-Request-Id} when it is sane, else a new
 * one), echoed in the response and carried through the reactive chain, including the
 * answer stream's worker threads, into every log line as {@code requestId}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestIds implements WebFilter {

    public static final String HEADER = "X-Request-Id";

    public static final String KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public RequestIds() {
        ContextRegistry.getInstance()
            .registerThreadLocalAccessor(KEY, () -> MDC.get(KEY), value -> MDC.put(KEY, value), () -> MDC.remove(KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given
                : UUID.randomUUID().toString().substring(0, 13);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange).contextWrite(Context.of(KEY, id));
    }

}
