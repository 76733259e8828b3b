package city.science.qa.web;

import java.util.stream.Collectors;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The path as the handler mapping sees it: percent-decoded, matrix parameters removed.
 * Filters that guard a route compare this one, never the raw path, or
 * {@code /api/%61dmin/…} and {@code /api;x/admin/…} would reach the admin handlers
 * unguarded.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String matched(ServerHttpRequest request) {
        return request.getPath()
            .pathWithinApplication()
            .elements()
            .stream()
            .map(e -> e instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : e.value())
            .collect(Collectors.joining());
    }

}
