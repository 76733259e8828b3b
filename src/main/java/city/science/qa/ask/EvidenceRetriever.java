package city.science.qa.ask;

import city.science.qa.answer.EvidenceFit;
import city.science.qa.corpus.Glossary;
import city.science.qa.question.QuestionAnalysis;
import city.science.qa.search.PassageSearch;
import city.science.qa.question.QuestionAnalyzer;
import city.science.qa.search.Query;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.SearchHit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Stage 4, retrieve (LangChain4j's {@code ContentRetriever} step): the passages that may
 * answer an analysed question. A question about change reads deeper, for every dated
 * source of its figure; a question bound to a year reads deeper still and puts the
 * passages of that year first, because a sentence of another year cannot answer it
 * (「那2021年呢？」 after a question about 2025 ranks the 2025 passage first otherwise).
 */
@Component
class EvidenceRetriever {

    // How many times the usual number of passages is read before the year's are put
    // first.
    private static final int YEAR_DEPTH = 4;

    private final PassageSearch search;

    private final Glossary glossary;

    private final QueryFactory queries;

    EvidenceRetriever(PassageSearch search, Glossary glossary, QueryFactory queries) {
        this.search = search;
        this.glossary = glossary;
        this.queries = queries;
    }

    /**
     * The passages for the phrasings of a question (searched fully) and for the queries
     * searched by their words alone (the Chinese an English question quotes).
     */
    List<SearchHit> retrieve(List<Query> phrasings, List<Query> byWords, QuestionAnalysis analysis) {
        return withSubjectIntroduced(found(phrasings, byWords, analysis), analysis, phrasings.get(0));
    }

    private List<SearchHit> found(List<Query> phrasings, List<Query> byWords, QuestionAnalysis analysis) {
        int usual = search.answerPassages();
        if (analysis.years().isEmpty()) {
            return searched(phrasings, byWords, analysis, analysis.overTime() ? 2 * usual : usual);
        }
        List<SearchHit> hits = searched(phrasings, byWords, analysis, YEAR_DEPTH * usual);
        return ofYearsFirst(hits, analysis.yearsInScope()).subList(0, Math.min(hits.size(), 2 * usual));
    }

    /** The phrasings searched, and for a question about change its figure alone too. */
    private List<SearchHit> searched(List<Query> phrasings, List<Query> byWords, QuestionAnalysis analysis, int k) {
        List<Query> words = new ArrayList<>(byWords);
        if (analysis.overTime()) {
            words.add(figureAlone(phrasings.get(0)));
        }
        return search.search(phrasings, words, k);
    }

    /**
     * A question about change asked for its figure alone, searched by its words: without
     * its words of change and without the Science City, which nearly every passage names.
     * An older source often states its figure in a short sentence that names neither
     * (「截至11月底，已实现91个项目正式签约」), and those words rank it far below newer passages that name
     * both.
     */
    private Query figureAlone(Query question) {
        return queries.of(QuestionAnalyzer.withoutChange(glossary.withoutHome(question.text())),
                question.alternatives());
    }

    /**
     * The hits, then for a question about one named thing the passage of each hit's
     * article that introduces it, when no hit does: 「未来5年，中心将…」 answers "What will the
     * Germplasm Creation Big Science Center build?" only beside the passage saying which
     * 中心 it is.
     */
    private List<SearchHit> withSubjectIntroduced(List<SearchHit> hits, QuestionAnalysis analysis, Query query) {
        // Only when a hit calls it by what it is (a query saved on every other question).
        if (analysis.specific().isEmpty() || hits.stream().noneMatch(h -> EvidenceFit.refersBack(h.text(), analysis))) {
            return hits;
        }
        List<String> names = analysis.specific().stream().flatMap(n -> glossary.formsOf(n).stream()).toList();
        List<SearchHit> out = new ArrayList<>(hits);
        search.introducing(hits, names, query)
            .stream()
            .filter(h -> out.stream().noneMatch(o -> o.passageId().equals(h.passageId())))
            .forEach(out::add);
        return out;
    }

    /**
     * The hits that speak of one of the years first (naming it, or published that year
     * and naming no other), each group in retrieval order.
     */
    static List<SearchHit> ofYearsFirst(List<SearchHit> hits, List<String> years) {
        List<SearchHit> first = new ArrayList<>();
        List<SearchHit> rest = new ArrayList<>();
        for (SearchHit hit : hits) {
            (EvidenceFit.inYear(hit.text(), hit.published(), years) ? first : rest).add(hit);
        }
        first.addAll(rest);
        return first;
    }

}
