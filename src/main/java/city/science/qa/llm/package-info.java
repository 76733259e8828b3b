/**
 * The optional language model: its configuration and clients, the prompts in
 * {@code prompts/}, the streamed answer from numbered sources, the rewriting of questions
 * before retrieval (follow-ups, English to a Chinese query), and the importer's English
 * drafts. Offline, nothing here is called.
 */
package city.science.qa.llm;
