package city.science.qa.eval;

import city.science.qa.answer.AnswerScorer;
import city.science.qa.answer.ExtractiveAnswerer.ReadSentence;
import city.science.qa.answer.SentenceFeatures;
import city.science.qa.ask.QuestionService;
import city.science.qa.search.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * {@code make train}: the answer scorer learned from dev questions only (the seed
 * articles' dev split and the dev evaluation articles'), asked of a corpus of the served
 * articles plus the dev evaluation articles, untranslated (no test or sealed article is
 * indexed, no test question asked). Every sentence an answer is chosen from is an
 * example: it answers when it holds one of its question's gold facts. Tribuo's logistic
 * regression learns the weights; the thresholds are chosen on the same dev questions.
 */
final class ScorerTraining {

    private static final Label ANSWERS = new Label("answers");

    private static final Label OTHER = new Label("other");

    /** Tribuo's seed, so that {@code make train} twice writes the same file. */
    static final long SEED = 20261207L;

    static final int EPOCHS = 30;

    // The share of dev sentences that hold a gold fact that the related threshold keeps:
    // a sentence less likely than nearly every answer is not worth showing even as
    // related.
    private static final double RELATED_RECALL = 0.95;

    // How many fewer of the seed articles' answerable dev questions the thresholds may
    // answer right than the evidence fit alone (the guard on the seed split).
    static final double SEED_SLACK = 0.02;

    private ScorerTraining() {
    }

    /**
     * One dev question's sentences, with which of them hold its fact.
     *
     * @param weight how much the question counts: the questions about the seed articles
     * together count as much as those about the dev evaluation articles, which stand for
     * the articles staff add (there are ten times fewer of them)
     */
    record Read(Language lang, boolean seedArticle, boolean answerable, List<SentenceFeatures> sentences,
            List<Boolean> holds, double weight) {

        Read(boolean answerable, List<SentenceFeatures> sentences, List<Boolean> holds) {
            this(Language.ZH, true, answerable, sentences, holds, 1);
        }

    }

    static List<Read> read(QuestionService service, List<UnseenArticles.Question> questions) {
        List<Read> out = new ArrayList<>();
        for (UnseenArticles.Question q : questions) {
            UUID conversation = UUID.randomUUID();
            q.history().forEach(earlier -> service.ask(conversation, earlier).block());
            List<ReadSentence> sentences = service.readSentences(conversation, q.q());
            // The language the service read the question in (a Chinese question in
            // many English words is read as English), which picks the model that scores
            // it.
            Language read = sentences.isEmpty() ? q.lang()
                    : sentences.get(0).features().english() ? Language.EN : Language.ZH;
            out.add(new Read(read, q.origin() == UnseenArticles.Origin.SEED, q.answerable(),
                    sentences.stream().map(ReadSentence::features).toList(),
                    sentences.stream().map(s -> holds(q, s)).toList(), 1));
        }
        return out;
    }

    /**
     * Per group of dev questions: how often a sentence read holds the fact (what the
     * scorer can reach), how often the scorer's best one does, and how often it answers
     * with it at the threshold.
     */
    static void report(String group, List<Read> reads, AnswerScorer scorer, PrintStream out) {
        int answerable = 0;
        int reachable = 0;
        int topHolds = 0;
        int answered = 0;
        int declinable = 0;
        int declined = 0;
        for (Read r : reads) {
            int top = -1;
            int answering = -1;
            double p = -1;
            double pa = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < r.sentences().size(); i++) {
                SentenceFeatures f = r.sentences().get(i);
                double pi = scorer.probability(f);
                if (pi > p) {
                    p = pi;
                    top = i;
                }
                if (scorer.answers(f, pi) && f.ruleScore() > pa) {
                    pa = f.ruleScore();
                    answering = i;
                }
            }
            if (r.answerable()) {
                answerable++;
                reachable += r.holds().contains(true) ? 1 : 0;
                topHolds += top >= 0 && r.holds().get(top) ? 1 : 0;
                answered += answering >= 0 && r.holds().get(answering) ? 1 : 0;
            }
            else {
                declinable++;
                declined += answering < 0 ? 1 : 0;
            }
        }
        out.printf(
                "  %-10s answerable %4d: a sentence holds the fact %.2f, the best one does %.2f, answered with it "
                        + "%.2f | declinable %3d, declined %.2f%n",
                group, answerable, reachable / (double) Math.max(1, answerable),
                topHolds / (double) Math.max(1, answerable), answered / (double) Math.max(1, answerable), declinable,
                declined / (double) Math.max(1, declinable));
    }

    /**
     * Whether a sentence (its Chinese or its English) holds a fact the question wants.
     */
    static boolean holds(UnseenArticles.Question q, ReadSentence s) {
        if (!q.answerable()) {
            return false;
        }
        String text = s.chinese() + " " + s.english().orElse("");
        return q.required().stream().anyMatch(group -> AnswerEvaluation.holdsFact(text, group));
    }

    /**
     * The same reads, weighed: within a question's language, the questions about the seed
     * articles together count as much as those about the dev evaluation articles, which
     * stand for the articles staff add (there are ten times fewer of them).
     */
    static List<Read> weighed(List<Read> reads) {
        return reads.stream().map(r -> {
            long all = reads.stream().filter(o -> o.lang() == r.lang()).count();
            long seed = reads.stream().filter(o -> o.lang() == r.lang() && o.seedArticle()).count();
            long same = r.seedArticle() ? seed : all - seed;
            double weight = seed == 0 || seed == all ? 1 : all / (2.0 * same);
            return new Read(r.lang(), r.seedArticle(), r.answerable(), r.sentences(), r.holds(), weight);
        }).toList();
    }

    /** A model per question language, each from that language's dev questions. */
    static AnswerScorer.Models trainBoth(List<Read> unweighed, String data, PrintStream out) {
        List<Read> reads = weighed(unweighed);
        out.printf("%n== Chinese questions ==%n");
        AnswerScorer.Model chinese = train(reads.stream().filter(r -> r.lang() == Language.ZH).toList(),
                data + "; Chinese questions", out);
        out.printf("%n== English questions ==%n");
        AnswerScorer.Model english = train(reads.stream().filter(r -> r.lang() == Language.EN).toList(),
                data + "; English questions", out);
        return new AnswerScorer.Models(chinese, english);
    }

    static AnswerScorer.Model train(List<Read> reads, String data, PrintStream out) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance(data, labels), labels);
        String[] names = SentenceFeatures.NAMES.toArray(String[]::new);
        int positives = 0;
        for (Read r : reads) {
            for (int i = 0; i < r.sentences().size(); i++) {
                boolean yes = r.holds().get(i);
                positives += yes ? 1 : 0;
                ArrayExample<Label> example = new ArrayExample<>(yes ? ANSWERS : OTHER, names,
                        r.sentences().get(i).values());
                example.setWeight((float) r.weight());
                dataset.add(example);
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
                Integer.MAX_VALUE, 1, SEED);
        LinearSGDModel model = trainer.train(dataset);
        DenseMatrix w = model.getWeightsCopy();
        int yes = model.getOutputIDInfo().getID(ANSWERS);
        int no = model.getOutputIDInfo().getID(OTHER);
        // Two-class softmax is a logistic model whose weights are the difference of the
        // two rows; a feature never seen non-zero has no column.
        List<Double> weights = new ArrayList<>();
        for (String name : names) {
            int id = model.getFeatureIDMap().getID(name);
            weights.add(id < 0 ? 0.0 : w.get(yes, id) - w.get(no, id));
        }
        int biasColumn = w.getDimension2Size() - 1;
        double bias = w.get(yes, biasColumn) - w.get(no, biasColumn);
        AnswerScorer.Provenance provenance = new AnswerScorer.Provenance(reads.size(), dataset.size(), positives,
                "Tribuo " + org.tribuo.Tribuo.VERSION + " LinearSGDTrainer(LogMulticlass, AdaGrad(0.1, 0.1), " + EPOCHS
                        + " epochs, seed " + SEED + ")",
                data);
        AnswerScorer untuned = new AnswerScorer(
                new AnswerScorer.Model(SentenceFeatures.NAMES, weights, bias, 1, 1, 0, provenance));
        Thresholds answerAt = answerThresholds(reads, untuned, out);
        double relatedAt = Math.min(answerAt.keepAt(), relatedThreshold(reads, untuned));
        out.printf(
                "%nAnswer scorer: %d dev questions, %d sentences (%d answering); answer at %.2f (fit accepts: "
                        + "%.2f), related at %.2f%n",
                reads.size(), dataset.size(), positives, answerAt.answerAt(), answerAt.keepAt(), relatedAt);
        for (int i = 0; i < names.length; i++) {
            out.printf("  %-30s %+.3f%n", names[i], weights.get(i));
        }
        out.printf("  %-30s %+.3f%n", "(bias)", bias);
        return new AnswerScorer.Model(SentenceFeatures.NAMES, weights, bias, Math.min(1, answerAt.answerAt()),
                answerAt.keepAt(), relatedAt, provenance);
    }

    /**
     * The answer thresholds: at {@code answerAt} a sentence answers whatever the evidence
     * fit says; one the fit accepts answers from {@code keepAt}.
     */
    record Thresholds(double answerAt, double keepAt) {

        boolean answers(SentenceFeatures f, double p) {
            return p >= answerAt || f.mismatch().isEmpty() && p >= keepAt;
        }

    }

    /**
     * The answer thresholds that make the most dev questions right, answerable and
     * declinable ones weighing alike: an answerable one is right when the sentence that
     * answers first (in the hand-weighted order) holds the fact, a declinable one when
     * none answers. (The dev split holds several answerable questions for each near miss:
     * chosen on the count alone, the thresholds would answer near misses with a
     * neighbouring fact.) Like the guard, no choice may answer fewer of the seed
     * articles' answerable dev questions right than the evidence fit alone does
     * (thresholds 1 and 0), less {@value #SEED_SLACK}.
     */
    static Thresholds answerThresholds(List<Read> reads, AnswerScorer scorer, PrintStream out) {
        List<double[]> probabilities = reads.stream()
            .map(r -> r.sentences().stream().mapToDouble(scorer::probability).toArray())
            .toList();
        double answerable = reads.stream().filter(Read::answerable).mapToDouble(Read::weight).sum();
        double declinable = Math.max(1e-9, reads.stream().filter(r -> !r.answerable()).mapToDouble(Read::weight).sum());
        List<Integer> seed = java.util.stream.IntStream.range(0, reads.size())
            .filter(i -> reads.get(i).seedArticle() && reads.get(i).answerable())
            .boxed()
            .toList();
        List<Read> seedReads = seed.stream().map(reads::get).toList();
        List<double[]> seedProbabilities = seed.stream().map(probabilities::get).toList();
        double seedWeight = Math.max(1e-9, seedReads.stream().mapToDouble(Read::weight).sum());
        Thresholds fitAlone = new Thresholds(1.01, 0);
        double seedFloor = right(seedReads, seedProbabilities, fitAlone)[0] / seedWeight - SEED_SLACK;
        Thresholds chosen = fitAlone;
        double most = -1;
        for (int a = 1; a <= 101; a++) {
            for (int k = 0; k <= Math.min(a, 100); k++) {
                Thresholds t = new Thresholds(a / 100.0, k / 100.0);
                if (right(seedReads, seedProbabilities, t)[0] / seedWeight < seedFloor) {
                    continue;
                }
                double[] right = right(reads, probabilities, t);
                double balanced = right[0] / Math.max(1e-9, answerable) + right[1] / declinable;
                if (balanced > most) {
                    most = balanced;
                    chosen = t;
                }
            }
        }
        double[] counts = right(reads.stream()
            .map(r -> new Read(r.lang(), r.seedArticle(), r.answerable(), r.sentences(), r.holds(), 1))
            .toList(), probabilities, chosen);
        out.printf(
                "Dev questions at the answer thresholds %.2f (fit accepts: %.2f): answerable answered with the fact "
                        + "%d of %d, declinable declined %d of %d%n",
                chosen.answerAt(), chosen.keepAt(), (int) counts[0], reads.stream().filter(Read::answerable).count(),
                (int) counts[1], reads.stream().filter(r -> !r.answerable()).count());
        return chosen;
    }

    /**
     * The weight of the answerable questions answered right, and of the declinable
     * declined.
     */
    private static double[] right(List<Read> reads, List<double[]> probabilities, Thresholds t) {
        double answered = 0;
        double declined = 0;
        for (int q = 0; q < reads.size(); q++) {
            Read r = reads.get(q);
            double[] p = probabilities.get(q);
            int top = -1;
            for (int i = 0; i < p.length; i++) {
                if (t.answers(r.sentences().get(i), p[i])
                        && (top < 0 || r.sentences().get(i).ruleScore() > r.sentences().get(top).ruleScore())) {
                    top = i;
                }
            }
            if (r.answerable() && top >= 0 && r.holds().get(top)) {
                answered += r.weight();
            }
            if (!r.answerable() && top < 0) {
                declined += r.weight();
            }
        }
        return new double[] { answered, declined };
    }

    /**
     * The probability that {@value #RELATED_RECALL} of the dev sentences that answer
     * reach.
     */
    static double relatedThreshold(List<Read> reads, AnswerScorer scorer) {
        List<Double> answering = new ArrayList<>();
        for (Read r : reads) {
            for (int i = 0; i < r.sentences().size(); i++) {
                if (r.holds().get(i)) {
                    answering.add(scorer.probability(r.sentences().get(i)));
                }
            }
        }
        if (answering.isEmpty()) {
            return 0;
        }
        answering.sort(Comparator.naturalOrder());
        int index = (int) Math.floor((1 - RELATED_RECALL) * (answering.size() - 1));
        return Math.floor(answering.get(index) * 100) / 100.0;
    }

    /**
     * The dev questions: the seed articles' dev split and the dev evaluation articles'.
     */
    static List<UnseenArticles.Question> devQuestions(Path corpus, UnseenArticles.Set set) {
        List<EvalQuestion> seed = EvalSet.load(corpus.resolve("eval"));
        List<UnseenArticles.Question> out = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            if (!seed.get(i).test()) {
                out.add(UnseenArticles.Question.of(seed.get(i), i));
            }
        }
        out.addAll(set.questions(UnseenArticles.Split.DEV));
        return out;
    }

}
