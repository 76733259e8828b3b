package city.science.qa.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Admin endpoints need {@code Authorization: Bearer <token>} with the configured token: 401 without
 * one, 403 with a wrong one or when no token is configured. Compared in constant time.
 */
@Component
public class AdminTokenFilter implements WebFilter {

  private static final String ADMIN_PATH = "/api/admin/";
  private static final String BEARER = "Bearer ";

  private final byte[] token;

  public AdminTokenFilter(WebProperties properties) {
    String configured = properties.adminToken() == null ? "" : properties.adminToken().strip();
    this.token = configured.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith(ADMIN_PATH)) {
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

  private static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String detail) {
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    String body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
        + status.value() + ",\"detail\":\"" + detail + "\"}";
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
  }
}
