/**
 * Understanding the question before anything is searched: normalization (Traditional to
 * Simplified characters, full-width letters and digits, Chinese numerals, the everyday
 * words people use for the corpus's terms) and analysis (what is asked, about what, under
 * which constraints). Every later stage reads the
 * {@link city.science.qa.question.QuestionAnalysis}.
 */
package city.science.qa.question;
