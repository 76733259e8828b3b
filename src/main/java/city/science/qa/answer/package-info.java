/**
 * Answers: choosing what to say from the retrieved passages and tying every sentence to a
 * numbered citation. Knows nothing of HTTP; asks {@code search} for passages.
 */
package city.science.qa.answer;
