/**
 * The index: embedding models, the pgvector store of passages and the ingest that keeps
 * it in step with the corpus. The only package that writes passages; SQL for passages
 * lives here and in search.
 */
package city.science.qa.index;
