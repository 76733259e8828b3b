package city.science.qa.ask;

import city.science.qa.search.PassageSearch;
import city.science.qa.web.Question;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The query of {@code GET /api/search?q=…&k=…}.
 *
 * @param q the question or search words
 * @param k how many passages, 1 to 50; 5 when left out
 */
public record SearchRequest(
        @NotBlank(message = "The question is empty.") @Size(max = Question.MAX_CHARS,
                message = "The question is longer than {max} characters.") @Question String q,
        @Min(value = 1, message = "k must be between 1 and 50.") @Max(value = PassageSearch.MAX_K,
                message = "k must be between 1 and 50.") Integer k) {

    static final int DEFAULT_K = 5;

    int limit() {
        return (k != null) ? k : DEFAULT_K;
    }

}
