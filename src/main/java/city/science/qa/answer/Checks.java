package city.science.qa.answer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What was checked on a finished answer.
 *
 * @param unknownMarkers [n] markers in the answer that point to no given citation
 * @param figures every figure of the answer, found in a cited source or not
 */
// The derived fields are written for clients and ignored when a client's copy is read
// back.
@JsonIgnoreProperties(value = { "markersValid", "allFiguresFound", "figuresNotFound" }, allowGetters = true)
public record Checks(List<Integer> unknownMarkers, List<FigureCheck> figures) {

    public Checks {
        unknownMarkers = List.copyOf(unknownMarkers);
        figures = List.copyOf(figures);
    }

    public static final Checks NONE = new Checks(List.of(), List.of());

    @JsonProperty
    public boolean markersValid() {
        return unknownMarkers.isEmpty();
    }

    @JsonProperty
    public boolean allFiguresFound() {
        return figures.stream().allMatch(FigureCheck::found);
    }

    @JsonProperty
    public long figuresNotFound() {
        return figures.stream().filter(f -> !f.found()).count();
    }
}
