package city.science.qa.web;

import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client limits on the endpoints that cost work (answers and the OpenAI-compatible
 * API). The question rate is shared by every instance (buckets in PostgreSQL); the bound
 * on open streams is per instance, since it protects that instance's connections.
 *
 * @param questionsPerMinute sustained questions per client and minute
 * @param burst questions a client may ask at once before the per-minute rate applies
 * @param concurrentStreams streams (SSE answers) one client may have open at once
 * @param trustForwardedFor take the client from {@code X-Forwarded-For} (only behind a
 * trusted proxy)
 * @param corsAllowedOrigins origins allowed to call the API from a browser; empty: none
 * (closed)
 */
@ConfigurationProperties("scqa.web.limits")
@Validated
public record LimitProperties(@DefaultValue("30") @Positive int questionsPerMinute,
        @DefaultValue("10") @Positive int burst, @DefaultValue("3") @Positive int concurrentStreams,
        @DefaultValue("false") boolean trustForwardedFor, @DefaultValue List<String> corsAllowedOrigins) {
}
