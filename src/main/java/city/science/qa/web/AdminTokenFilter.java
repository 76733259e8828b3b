package city.science.qa.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Admin endpoints need {@code Authorization: Bearer <token>} with the configured token:
 * 401 without one, 403 with a wrong one or when no token is configured. Compared in
 * constant time.
 */
@Component
public class AdminTokenFilter implements WebFilter {

    private static final String ADMIN_PATH = "/api/admin/";

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    private final ProblemWriter problems;

    public AdminTokenFilter(WebProperties properties, ProblemWriter problems) {
        this.token = properties.adminToken().strip().getBytes(StandardCharsets.UTF_8);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!RequestPaths.matched(exchange.getRequest()).startsWith(ADMIN_PATH)) {
            return chain.filter(exchange);
        }
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            return refuse(exchange, HttpStatus.UNAUTHORIZED, "An admin bearer token is required.");
        }
        byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (token.length == 0 || !MessageDigest.isEqual(token, given)) {
            return refuse(exchange, HttpStatus.FORBIDDEN, "The admin token is not valid.");
        }
        return chain.filter(exchange);
    }

    private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String detail) {
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.UNAUTHORIZED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return problems.write(exchange, ApiProblems.problem(status, status.getReasonPhrase(), detail), headers);
    }

}
