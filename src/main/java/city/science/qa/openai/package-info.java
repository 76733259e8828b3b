/**
 * The service as an OpenAI-compatible "model" ({@code /v1/models},
 * {@code /v1/chat/completions}), so existing chat clients and SDKs can use it; the wire
 * records follow OpenAI's objects.
 */
package city.science.qa.openai;
