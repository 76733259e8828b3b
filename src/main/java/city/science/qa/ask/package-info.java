/**
 * Asking: {@code /api/search}, {@code /api/ask} and the {@code /api/chat} answer stream,
 * and the question's way through the service (follow-up, retrieval, answer, checks,
 * stored turn).
 */
package city.science.qa.ask;
