/**
 * The evaluation harness behind {@code make eval}: the bilingual question set in
 * {@code corpus/eval/}, retrieval metrics for every retriever alone and fused, side by
 * side.
 */
package city.science.qa.eval;
