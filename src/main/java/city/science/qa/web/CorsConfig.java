package city.science.qa.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/** CORS is closed unless origins are configured: then those origins may call the API. */
@Configuration(proxyBeanMethods = false)
class CorsConfig {

    @Bean
    CorsWebFilter corsWebFilter(LimitProperties limits) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!limits.corsAllowedOrigins().isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(limits.corsAllowedOrigins());
            config.addAllowedMethod("GET");
            config.addAllowedMethod("POST");
            config.addAllowedHeader("Content-Type");
            config.addAllowedHeader("Accept");
            source.registerCorsConfiguration("/api/**", config);
            source.registerCorsConfiguration("/v1/**", config);
        }
        return new CorsWebFilter(source);
    }

}
