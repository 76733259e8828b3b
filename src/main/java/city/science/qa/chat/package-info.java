/**
 * The HTTP face of the service: search, ask, the SSE chat stream, the admin reindex, and the
 * conversations that questions belong to.
 */
package city.science.qa.chat;
