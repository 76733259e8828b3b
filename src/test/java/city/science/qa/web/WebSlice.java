package city.science.qa.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a {@code @WebFluxTest} slice needs besides the controller under test: the web
 * filters' settings and problem writer, and a meter registry, so requests go through the
 * same filters and error handling as in the running service.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LimitProperties.class, WebProperties.class })
@Import({ ProblemWriter.class, StrictJson.class })
public class WebSlice {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** The rate-limit buckets in memory: a slice has no database. */
    @Bean
    RateLimitBuckets rateLimitBuckets(LimitProperties limits) {
        return RateLimitBuckets.inMemory(limits);
    }

    /**
     * Posts a JSON body and expects a 400 problem+json naming the field, with no stack
     * trace; the body, for more checks.
     */
    public static WebTestClient.BodyContentSpec refused(WebTestClient client, String uri, String body, String field) {
        return client.post()
            .uri(uri)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.field")
            .isEqualTo(field)
            .jsonPath("$.trace")
            .doesNotExist();
    }

}
