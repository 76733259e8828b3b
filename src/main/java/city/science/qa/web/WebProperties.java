package city.science.qa.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Secrets of the HTTP API.
 *
 * @param adminToken the bearer token for admin endpoints and health details; empty
 * disables them
 */
@ConfigurationProperties("scqa.web")
@Validated
public record WebProperties(@DefaultValue("") String adminToken) {
}
