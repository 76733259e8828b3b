package city.science.qa.answer;

import java.util.List;

/**
 * One figure of an answer and where the sources state it.
 *
 * @param figure the figure as the answer writes it
 * @param citations the markers of the citations that state it (in either language), empty
 * if none
 */
public record FigureCheck(String figure, boolean found, List<Integer> citations) {

    public FigureCheck {
        citations = List.copyOf(citations);
    }
}
