/**
 * Retrieval: finding the passages that answer a question. Reads the index that
 * {@code index} writes; knows the question's language and turns it into the queries each
 * retriever needs.
 */
package city.science.qa.search;
