/**
 * The article library: the articles a deployment serves, in PostgreSQL where every
 * instance sees them. {@code corpus/} seeds it; staff publish, replace and withdraw
 * articles in it (see {@code publishing}); the index is derived from it.
 */
package city.science.qa.library;
