/**
 * What staff do behind the admin token: review recent answers with their feedback,
 * abstentions and figure-check failures (the {@code /staff} page, JSON and CSV), and
 * re-index the corpus.
 */
package city.science.qa.staff;
