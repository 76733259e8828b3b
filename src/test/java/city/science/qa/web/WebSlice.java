package city.science.qa.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

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

}
