/**
 * English over articles nobody has translated yet. {@link ChineseEnglishDictionary}
 * (CC-CEDICT) turns an English question into Chinese query terms
 * ({@link QueryTranslation}) and a Chinese passage into glossed pseudo-English for the
 * English indexes ({@link Gloss}); {@link UntranslatedAnswer} states in English what a
 * Chinese sentence says exactly (its figures converted, its date, its names) and quotes
 * it; with a language model configured, {@link PassageTranslations} keeps machine
 * translations of cited passages for staff to review.
 */
package city.science.qa.translation;
