package city.science.qa.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and secrets of the HTTP API.
 *
 * @param maxQuestionChars longer questions are refused with 400
 * @param adminToken the bearer token for admin endpoints; empty disables them
 */
@ConfigurationProperties("scqa.web")
public record WebProperties(int maxQuestionChars, String adminToken) {
}
