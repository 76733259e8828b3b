package city.science.qa.answer;

import city.science.qa.corpus.Figures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a finished answer against its citations, in both modes: every [n] must name a
 * given citation, and every figure (amounts, percentages, years, counts) must stand in at
 * least one cited source, in either language, after normalization (亿/万 ↔ billion/million,
 * 百分之 ↔ %, separators). A citation's publication date counts as part of what it states.
 */
@Component
public class AnswerChecker {

    public Checks check(String answer, List<Citation> citations) {
        Set<Integer> given = new LinkedHashSet<>();
        citations.forEach(c -> given.add(c.marker()));
        List<Integer> unknown = new ArrayList<>();
        for (int marker : Markers.in(answer)) {
            if (!given.contains(marker) && !unknown.contains(marker)) {
                unknown.add(marker);
            }
        }
        String prose = Markers.removed(answer);
        List<FigureCheck> figures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Figures.Figure figure : Figures.in(prose)) {
            if (!seen.add(figure.token())) {
                continue;
            }
            List<Integer> in = citations.stream().filter(c -> states(c, figure)).map(Citation::marker).toList();
            figures.add(new FigureCheck(figure.text(), !in.isEmpty(), in));
        }
        return new Checks(unknown, figures);
    }

    private static boolean states(Citation c, Figures.Figure figure) {
        String evidence = c.text() + "\n" + (c.translation() == null ? "" : c.translation()) + "\n"
                + (c.published() == null ? "" : c.published().replace('-', ' ') + "年");
        return Figures.in(evidence).stream().anyMatch(figure::sameAs);
    }

}
