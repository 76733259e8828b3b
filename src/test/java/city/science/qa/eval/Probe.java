package city.science.qa.eval;

import city.science.qa.answer.Answer;
import city.science.qa.answer.EvidenceFit;
import city.science.qa.corpus.Sentences;
import city.science.qa.ask.QuestionService;
import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.search.KeywordRetriever;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.Query;
import city.science.qa.search.Retriever;
import city.science.qa.search.Retrievers;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.SearchHit;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * {@code make eval EVAL=probe Q='…'}: one question read the way the service reads it, for
 * a developer asking why it was answered so: its analysis, the passages found, the
 * coverage term by term, and the answer. Questions in one {@code Q} are separated by
 * {@code |}; a question after {@code >} is a follow-up in the same conversation. With
 * {@code GOLD='…'}, where the first passage holding that text ranks.
 */
class Probe {

    private final QuestionService questions;

    private final QuestionNormalizer normalizer;

    private final QueryFactory queries;

    private final PassageSearch search;

    private final KeywordRetriever keywords;

    private final EvidenceFit fit;

    private final Retrievers retrievers;

    Probe(QuestionService questions, QuestionNormalizer normalizer, QueryFactory queries, PassageSearch search,
            KeywordRetriever keywords, EvidenceFit fit, Retrievers retrievers) {
        this.fit = fit;
        this.retrievers = retrievers;
        this.questions = questions;
        this.normalizer = normalizer;
        this.queries = queries;
        this.search = search;
        this.keywords = keywords;
    }

    void run(String spec, PrintStream out) {
        for (String conversation : spec.split("\\|")) {
            UUID id = UUID.randomUUID();
            for (String question : conversation.split(">")) {
                probe(id, question.strip(), out);
            }
        }
    }

    private void probe(UUID conversation, String question, PrintStream out) {
        NormalizedQuestion normalized = normalizer.normalize(question);
        Query query = queries.of(normalized.text(), normalized.alternatives());
        List<SearchHit> hits = search.search(query, 5);
        // As the service fits evidence: a Chinese question's English words read as the
        // dictionary's Chinese.
        NormalizedQuestion asFitted = normalized.language() == city.science.qa.search.Language.ZH
                ? normalized.withAlternatives(query.alternatives()) : normalized;
        Answer answer = questions.ask(conversation, question).block().answer();
        out.printf("%nQ: %s%n  normalized: %s%n  %s%n", question, normalized.text(), answer.analysis());
        out.printf("  dictionary: %s%n", query.translated());
        out.printf("  alternatives: %s%n", query.alternatives());
        for (SearchHit hit : hits) {
            out.printf("  hit %s sim %.3f %s: %s%n", hit.passageId(), hit.similarity(),
                    hit.translation() == null ? "untranslated" : "translated",
                    hit.text().substring(0, Math.min(70, hit.text().length())).replace('\n', ' '));
        }
        String gold = System.getenv().getOrDefault("GOLD", "");
        if (!gold.isEmpty()) {
            List<SearchHit> deep = search.search(query, 50);
            int rank = 0;
            for (int i = 0; i < deep.size() && rank == 0; i++) {
                rank = deep.get(i).text().contains(gold) ? i + 1 : 0;
            }
            out.printf("  passage with “%s” ranks %d of %d%n", gold, rank, deep.size());
            String goldId = rank == 0 ? "" : deep.get(rank - 1).passageId();
            for (Retriever retriever : retrievers.all()) {
                int at = retriever.rank(query, 50).indexOf(goldId);
                out.printf("    %s ranks it %d%n", retriever.name(), at + 1);
            }
            // Why the gold sentence may not answer: its fit as the answerer reads it.
            for (SearchHit hit : deep) {
                Sentences.Aligned sentences = Sentences.aligned(hit.text(), hit.translation());
                for (int i = 0; i < sentences.chinese().size(); i++) {
                    if (sentences.chinese().get(i).contains(gold)) {
                        out.printf("  gold sentence fit: %s%n",
                                fit.forPassage(hit, answer.analysis(), asFitted.alternatives(), deep)
                                    .mismatch(sentences.chinese().get(i), sentences.englishAt(i))
                                    .map(Enum::name)
                                    .orElse("fits"));
                    }
                }
            }
        }
        // The sentences as the scorer read them (in a conversation of their own, so this
        // turn is not stored twice): the best few, and any holding the gold text.
        List<city.science.qa.answer.ExtractiveAnswerer.ReadSentence> read = questions.readSentences(UUID.randomUUID(),
                question);
        for (int i = 0; i < read.size(); i++) {
            var sentence = read.get(i);
            if (i < 3 || !gold.isEmpty() && sentence.chinese().contains(gold)) {
                out.printf("  sentence %d p=%.3f %s: %s%n", i + 1, sentence.probability(),
                        sentence.features().mismatch().map(Enum::name).orElse("fits"),
                        sentence.chinese().substring(0, Math.min(60, sentence.chinese().length())));
            }
        }
        List<String> ids = hits.stream().limit(3).map(SearchHit::passageId).toList();
        out.printf("  coverage %.2f:", search.evidence(query, hits.stream().limit(3).toList()).coverage());
        keywords.coverageByTerm(query, ids)
            .forEach(t -> out.printf(" %s%s(%.1f)", t.found() ? "+" : "-", t.term(), t.weight()));
        var evidence = questions.evidence(UUID.randomUUID(), question);
        out.printf("%n  the service's passages: similarity %.3f%s, coverage %.2f%n", evidence.similarity(),
                evidence.glossed() ? " (glossed)" : "", evidence.coverage());
        out.printf("  grounded %s: %s%n", answer.grounded(), answer.text().replace('\n', ' '));
    }

}
