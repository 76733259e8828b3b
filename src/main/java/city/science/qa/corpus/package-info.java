/**
 * The corpus: curated articles on disk, their English translations, the cleaner that
 * turns a raw newspaper text into a curated article, and the chunker that cuts articles
 * into passages. Nothing here knows about the database or HTTP.
 */
package city.science.qa.corpus;
