package city.science.qa.eval;

import city.science.qa.ScienceCityQa;
import city.science.qa.TestCorpus;
import city.science.qa.TestDatabase;
import city.science.qa.answer.AnswerChecker;
import city.science.qa.answer.AnswerProperties;
import city.science.qa.answer.ExtractiveAnswerer;
import city.science.qa.ask.QuestionService;
import city.science.qa.conversation.ConversationRepository;
import city.science.qa.conversation.FollowUps;
import city.science.qa.question.QuestionNormalizer;
import city.science.qa.search.PassageReader;
import city.science.qa.search.PassageSearch;
import city.science.qa.search.QueryFactory;
import city.science.qa.search.Retrievers;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import city.science.qa.corpus.CorpusProperties;
import city.science.qa.index.Embeddings;
import city.science.qa.index.Ingestor;
import city.science.qa.search.DenseRetriever;
import city.science.qa.search.Retriever;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * {@code make eval} and {@code make bench}: the service's own application, started as
 * {@code TestScienceCityQa} is, with the evaluation beans added. They live in test scope,
 * so the production jar neither carries them nor creates them at start-up.
 */
public final class EvalApplication {

    private EvalApplication() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "eval";
        switch (command) {
            case "eval" -> evaluate(true);
            // Only (b): the served corpus plus the evaluation articles (quicker).
            case "growing" -> growing(false);
            // English over corpora that are partly translated: per retriever, per
            // variant.
            case "mixed" -> mixed();
            // The English fusion's weights searched on the served corpus's dev questions.
            case "weights" -> {
                try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none")) {
                    context.getBean(Ingestor.class).ingest();
                    FusionWeights.search(EvalSet.load(context.getBean(CorpusProperties.class).dir().resolve("eval")),
                            context.getBean(QuestionNormalizer.class), context.getBean(QueryFactory.class),
                            context.getBean(Retrievers.class), context.getBean(PassageSearch.class), System.out);
                }
            }
            // The answer scorer, learned from the dev questions (make train).
            case "train" -> train();
            // (b) with the sealed test articles too: their first run, once.
            case "sealed" -> growing(true);
            // Only the English questions, with and without the translations (quicker).
            case "translation-gap" -> evaluate(false);
            // One question (or several, | between them) read step by step: Q='…',
            // HIDDEN=1 for the corpus with its translations hidden.
            // GROWING=1 for the growing corpus of (b) (the dev and test evaluation
            // articles added
            // untranslated), to read a dev failure.
            // GROWING=dev adds the dev evaluation articles only (to read a seed
            // question's answer among added articles without reading a test one).
            case "probe" -> probe(System.getenv().getOrDefault("Q", ""), "1".equals(System.getenv("HIDDEN")),
                    System.getenv().getOrDefault("GROWING", ""));
            // Only English search over the served corpus against the growing one.
            case "mixed-bench" -> {
                try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none")) {
                    context.getBean(Ingestor.class).ingest();
                    mixedSearch(context, context.getBean(CorpusProperties.class).dir().resolve("eval"));
                }
            }
            // Only the answer latency of make bench, before and now (quicker, for
            // profiling).
            case "answer-bench" -> benchmark(0, false);
            // Only publish -> first cited answer of make bench.
            case "publish-bench" -> {
                try (ConfigurableApplicationContext context = benchContext()) {
                    context.getBean(Ingestor.class).ingest();
                    publishBench(context);
                }
            }
            case "bench" -> benchmark(Integer.parseInt(System.getProperty("scqa.bench.passages", "100000")), true);
            default -> {
                System.err.println(
                        "usage: EvalApplication eval|growing|sealed|mixed|weights|translation-gap|probe|bench|answer-bench|publish-bench");
                System.exit(2);
            }
        }
    }

    private static void evaluate(boolean everything) throws Exception {
        List<TranslationGapEvaluation.Result> translated;
        List<GrowingCorpusEvaluation.Result> seedServed = List.of();
        Path corpus;
        String url;
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none")) {
            Served served = Served.indexed(context);
            corpus = served.corpus();
            url = served.url();
            if (everything) {
                // (a) the served corpus alone.
                context.getBean(Evaluation.class).run(corpus.resolve("eval"), System.out);
                seedServed = new GrowingCorpusEvaluation(context.getBean(QuestionService.class))
                    .measure(seedTestSplit(corpus));
            }
            translated = context.getBean(TranslationGapEvaluation.class).measure(EvalSet.load(corpus.resolve("eval")));
        }
        if (everything) {
            // (b) the corpus as it grows.
            reportGrowing(url, corpus, seedServed, false);
        }
        // The same questions over the same articles with every *.en.md hidden, in a
        // database
        // of their own, as staff's newly imported articles are until someone translates
        // them.
        Path hidden = TestCorpus.withoutTranslations(corpus);
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestDatabase.otherDatabase(url, "scqa_untranslated"),
                "--scqa.corpus.dir=" + hidden)) {
            context.getBean(Ingestor.class).ingest();
            List<TranslationGapEvaluation.Result> untranslated = context.getBean(TranslationGapEvaluation.class)
                .measure(EvalSet.load(corpus.resolve("eval")));
            TranslationGapEvaluation.print(translated, untranslated, System.out);
            TranslationGapEvaluation.glossGap(translated, untranslated, System.out);
            context.getBean(TranslationGapEvaluation.class)
                .fusionWeights(EvalSet.load(corpus.resolve("eval")), context.getBean(Retrievers.class), System.out);
            TranslationGapEvaluation.examples(untranslated, 3, System.out);
        }
    }

    /** The served corpus, indexed, and the database it is indexed in. */
    record Served(Path corpus, String url) {

        static Served indexed(ConfigurableApplicationContext context) {
            context.getBean(Ingestor.class).ingest();
            return new Served(context.getBean(CorpusProperties.class).dir(),
                    context.getEnvironment().getProperty("spring.datasource.url"));
        }

    }

    /** The seed articles' test questions, as questions about articles. */
    static List<UnseenArticles.Question> seedTestSplit(Path corpus) {
        List<EvalQuestion> seed = EvalSet.load(corpus.resolve("eval"));
        return java.util.stream.IntStream.range(0, seed.size())
            .filter(i -> seed.get(i).test())
            .mapToObj(i -> UnseenArticles.Question.of(seed.get(i), i))
            .toList();
    }

    /**
     * English over corpora that are partly translated, as every deployment is the day
     * staff import an article: the served articles (translated) with 16, 10 and 1
     * evaluation articles added untranslated. For each, the English questions about the
     * seed articles beside the served corpus alone, and those about the added articles;
     * then every retriever alone and fused on the dev questions of the first.
     */
    private static void mixed() throws Exception {
        Path corpus;
        String url;
        List<UnseenArticles.Question> seed;
        List<GrowingCorpusEvaluation.Result> served;
        FusionWeights.Ranked servedRankings;
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none")) {
            Served index = Served.indexed(context);
            corpus = index.corpus();
            url = index.url();
            List<EvalQuestion> all = EvalSet.load(corpus.resolve("eval"));
            seed = java.util.stream.IntStream.range(0, all.size())
                .filter(i -> all.get(i).lang() == city.science.qa.search.Language.EN)
                .mapToObj(i -> UnseenArticles.Question.of(all.get(i), i))
                .toList();
            served = new GrowingCorpusEvaluation(context.getBean(QuestionService.class)).measure(seed);
            servedRankings = FusionWeights.rank("the served corpus alone", all,
                    context.getBean(QuestionNormalizer.class), context.getBean(QueryFactory.class),
                    context.getBean(Retrievers.class), context.getBean(PassageSearch.class));
        }
        UnseenArticles.Set set = UnseenArticles.load();
        List<UnseenArticles.Article> unsealed = set.articles()
            .stream()
            .filter(a -> a.split() != UnseenArticles.Split.SEALED)
            .toList();
        java.util.Set<String> translated = GrowingCorpus.servedArticles(corpus);
        var out = System.out;
        for (int added : List.of(unsealed.size(), 2 * translated.size(), 1)) {
            // Dev articles first, so that the smaller corpora hold the articles tuned on.
            List<UnseenArticles.Article> articles = unsealed.stream()
                .sorted(java.util.Comparator.comparing(a -> a.split() != UnseenArticles.Split.DEV))
                .limit(added)
                .toList();
            java.util.Set<String> ids = articles.stream()
                .map(UnseenArticles.Article::id)
                .collect(java.util.stream.Collectors.toSet());
            List<UnseenArticles.Question> about = set.questions()
                .stream()
                .filter(q -> q.lang() == city.science.qa.search.Language.EN && ids.contains(q.article()))
                .toList();
            List<UnseenArticles.Question> asked = new java.util.ArrayList<>(seed);
            asked.addAll(about);
            Path grown = GrowingCorpus.build(corpus, translated, articles);
            try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none",
                    "--spring.datasource.url=" + TestDatabase.otherDatabase(url, "scqa_mixed_" + added),
                    "--scqa.corpus.dir=" + grown)) {
                context.getBean(Ingestor.class).ingest();
                List<GrowingCorpusEvaluation.Result> results = new GrowingCorpusEvaluation(
                        context.getBean(QuestionService.class))
                    .measure(asked);
                out.printf("%n=== %d served articles translated, %d evaluation articles added untranslated ===%n",
                        translated.size(), added);
                for (UnseenArticles.Split split : List.of(UnseenArticles.Split.DEV, UnseenArticles.Split.TEST)) {
                    List<Integer> index = java.util.stream.IntStream.range(0, seed.size())
                        .filter(i -> seed.get(i).split() == split)
                        .boxed()
                        .toList();
                    GrowingCorpusEvaluation.print(
                            "English questions about the seed articles, " + split.name().toLowerCase()
                                    + " split: this corpus | the served corpus alone",
                            index.stream().map(results::get).toList(), index.stream().map(served::get).toList(),
                            "served alone", out);
                    GrowingCorpusEvaluation.print(
                            "English questions about the added articles, " + split.name().toLowerCase() + ":",
                            results.subList(seed.size(), results.size())
                                .stream()
                                .filter(r -> r.question().split() == split)
                                .toList(),
                            List.of(), "", out);
                }
                // What adding articles cost the seed articles' dev questions, read where
                // every added article is a dev one (a test article is never read).
                if (articles.stream().allMatch(a -> a.split() == UnseenArticles.Split.DEV)) {
                    GrowingCorpusEvaluation.devRegressions(results.subList(0, seed.size()), served, out);
                }
                if (added == unsealed.size()) {
                    List<EvalQuestion> dev = asked.stream()
                        .filter(q -> q.split() == UnseenArticles.Split.DEV)
                        .map(UnseenArticles.Question::asEvalQuestion)
                        .toList();
                    context.getBean(Evaluation.class).retrieval(dev, "the dev split in this corpus", out);
                    FusionWeights.search(servedRankings,
                            FusionWeights.rank("this corpus", dev, context.getBean(QuestionNormalizer.class),
                                    context.getBean(QueryFactory.class), context.getBean(Retrievers.class),
                                    context.getBean(PassageSearch.class)),
                            out);
                    GrowingCorpusEvaluation.devFailures(results.subList(seed.size(), results.size()), out);
                }
            }
        }
    }

    /**
     * {@code make train}: the served articles (translated) plus the dev evaluation
     * articles (untranslated) in a database of their own, the dev questions read there,
     * and the answer scorer they train written where the service loads it from.
     */
    private static void train() throws Exception {
        Served served;
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none")) {
            served = Served.indexed(context);
        }
        UnseenArticles.Set set = UnseenArticles.load();
        List<UnseenArticles.Question> dev = ScorerTraining.devQuestions(served.corpus(), set);
        Path grown = GrowingCorpus.build(served.corpus(), GrowingCorpus.servedArticles(served.corpus()),
                set.articles(UnseenArticles.Split.DEV));
        List<ScorerTraining.Read> reads;
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestDatabase.otherDatabase(served.url(), "scqa_train"),
                "--scqa.corpus.dir=" + grown)) {
            context.getBean(Ingestor.class).ingest();
            reads = new java.util.ArrayList<>(ScorerTraining.read(context.getBean(QuestionService.class), dev));
        }
        // The seed articles' English dev questions again, every translation hidden: staff
        // import articles untranslated, and an English question then reads glosses.
        List<UnseenArticles.Question> english = dev.stream()
            .filter(q -> q.origin() == UnseenArticles.Origin.SEED && q.lang() == city.science.qa.search.Language.EN)
            .toList();
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestDatabase.otherDatabase(served.url(), "scqa_train_untranslated"),
                "--scqa.corpus.dir=" + TestCorpus.withoutTranslations(served.corpus()))) {
            context.getBean(Ingestor.class).ingest();
            reads.addAll(ScorerTraining.read(context.getBean(QuestionService.class), english));
        }
        Path model = Path.of("src/main/resources").resolve(city.science.qa.answer.AnswerScorer.RESOURCE);
        city.science.qa.answer.AnswerScorer.Models trained = ScorerTraining.trainBoth(reads,
                "dev split only: the seed articles' dev questions (corpus/eval) and the dev evaluation "
                        + "articles' (corpus/eval/unseen/splits.yaml), asked of the served articles plus the dev "
                        + "evaluation articles, untranslated; the seed articles' English dev questions again with "
                        + "every translation hidden",
                System.out);
        city.science.qa.answer.AnswerScorer scorer = new city.science.qa.answer.AnswerScorer(trained);
        ScorerTraining.report("seed en, untranslated", reads.subList(dev.size(), reads.size()),
                new city.science.qa.answer.AnswerScorer(trained), System.out);
        System.out.println("\nThe trained scorer on its dev questions (in-sample):");
        for (UnseenArticles.Origin origin : List.of(UnseenArticles.Origin.SEED, UnseenArticles.Origin.OWN)) {
            for (city.science.qa.search.Language lang : city.science.qa.search.Language.values()) {
                List<ScorerTraining.Read> group = java.util.stream.IntStream.range(0, dev.size())
                    .filter(i -> dev.get(i).origin() == origin && dev.get(i).lang() == lang)
                    .mapToObj(reads::get)
                    .toList();
                ScorerTraining.report(origin.name().toLowerCase() + " " + lang.code(), group, scorer, System.out);
            }
        }
        trained.write(model);
        System.out.printf("Written to %s: commit it with the code that computes its features.%n", model);
    }

    /** Only (b), with the seed test split of the served corpus beside it. */
    private static void growing(boolean sealed) throws Exception {
        List<GrowingCorpusEvaluation.Result> seedServed;
        Served served;
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none")) {
            served = Served.indexed(context);
            seedServed = new GrowingCorpusEvaluation(context.getBean(QuestionService.class))
                .measure(seedTestSplit(served.corpus()));
        }
        reportGrowing(served.url(), served.corpus(), seedServed, sealed);
    }

    /**
     * (b): the served corpus (translated) plus every evaluation article, imported
     * untranslated, in a database of its own; the test articles' questions per kind and
     * language, the seed test split beside (a), the dev articles' failures to read, and
     * the headline written to {@link Headline#BASELINE}.
     */
    private static void reportGrowing(String url, Path corpus, List<GrowingCorpusEvaluation.Result> seedServed,
            boolean sealed) {
        UnseenArticles.Set set = UnseenArticles.load();
        List<UnseenArticles.Article> added = set.articles()
            .stream()
            .filter(a -> sealed || a.split() != UnseenArticles.Split.SEALED)
            .toList();
        List<UnseenArticles.Question> test = set.questions(UnseenArticles.Split.TEST);
        List<UnseenArticles.Question> dev = set.questions(UnseenArticles.Split.DEV);
        List<UnseenArticles.Question> seed = seedTestSplit(corpus);
        List<UnseenArticles.Question> asked = new java.util.ArrayList<>(test);
        asked.addAll(dev);
        asked.addAll(seed);
        if (sealed) {
            asked.addAll(set.questions(UnseenArticles.Split.SEALED));
        }
        List<GrowingCorpusEvaluation.Result> results = askGrowing(url, corpus, GrowingCorpus.servedArticles(corpus),
                added, asked, "scqa_growing");
        var out = System.out;
        out.printf("%n(b) The corpus as it grows: the %d served articles (translated) plus %d evaluation articles "
                + "imported untranslated%n", GrowingCorpus.servedArticles(corpus).size(), added.size());
        List<GrowingCorpusEvaluation.Result> testResults = results.subList(0, test.size());
        GrowingCorpusEvaluation.print(
                "Test evaluation articles (" + test.size() + " questions; never tuned on, never read):", testResults,
                List.of(), "", out);
        for (UnseenArticles.Origin origin : List.of(UnseenArticles.Origin.GIVEN, UnseenArticles.Origin.OWN)) {
            GrowingCorpusEvaluation.print("  of which " + origin.name().toLowerCase() + " articles:",
                    testResults.stream().filter(r -> r.question().origin() == origin).toList(), List.of(), "", out);
        }
        int from = test.size() + dev.size();
        GrowingCorpusEvaluation.print(
                "Seed-article test split: (b) the growing corpus | (a) the served corpus alone (" + seed.size()
                        + " questions)",
                results.subList(from, from + seed.size()), seedServed, "(a) served alone", out);
        GrowingCorpusEvaluation.print("Dev evaluation articles (" + dev.size() + " questions; tuned on):",
                results.subList(test.size(), from), List.of(), "", out);
        if (sealed) {
            GrowingCorpusEvaluation.print("Sealed test articles, first run:",
                    results.subList(from + seed.size(), results.size()), List.of(), "", out);
        }
        GrowingCorpusEvaluation.devFailures(results.subList(test.size(), from), out);
        Headline headline = Headline.of(testResults);
        Headline baseline = java.nio.file.Files.exists(Headline.BASELINE) ? Headline.read(Headline.BASELINE) : null;
        out.printf("%nHeadline (test evaluation articles in (b)): %s%n", headline);
        if (baseline != null) {
            out.printf("Baseline (%s): %s%n", Headline.BASELINE, baseline);
            headline.regressionsFrom(baseline).forEach(r -> out.printf("  REGRESSION: %s%n", r));
        }
        headline.write(Headline.BASELINE);
        out.printf("Written to %s: commit it when the figures improve (CI fails when one falls more than %.2f).%n",
                Headline.BASELINE, Headline.TOLERANCE);
    }

    /**
     * A corpus of the served articles (translated: those named) plus the added articles,
     * untranslated, indexed in the database {@code database} on the server of
     * {@code url}; every question asked of it.
     */
    static List<GrowingCorpusEvaluation.Result> askGrowing(String url, Path corpus, java.util.Set<String> translated,
            List<UnseenArticles.Article> added, List<UnseenArticles.Question> questions, String database) {
        Path grown = GrowingCorpus.build(corpus, translated, added);
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestDatabase.otherDatabase(url, database), "--scqa.corpus.dir=" + grown)) {
            context.getBean(Ingestor.class).ingest();
            return new GrowingCorpusEvaluation(context.getBean(QuestionService.class)).measure(questions);
        }
    }

    private static void probe(String questions, boolean hidden, String grown) throws Exception {
        boolean growing = grown.equals("1") || grown.equals("dev");
        List<String> args = new java.util.ArrayList<>(List.of("--spring.main.web-application-type=none"));
        if (hidden || growing) {
            try (ConfigurableApplicationContext context = start(args.toArray(String[]::new))) {
                Path corpus = context.getBean(CorpusProperties.class).dir();
                String url = context.getEnvironment().getProperty("spring.datasource.url");
                if (growing) {
                    List<UnseenArticles.Article> added = UnseenArticles.load()
                        .articles()
                        .stream()
                        .filter(a -> grown.equals("dev") ? a.split() == UnseenArticles.Split.DEV
                                : a.split() != UnseenArticles.Split.SEALED)
                        .toList();
                    args.add("--spring.datasource.url=" + TestDatabase.otherDatabase(url,
                            grown.equals("dev") ? "scqa_growing_dev" : "scqa_growing"));
                    args.add("--scqa.corpus.dir="
                            + GrowingCorpus.build(corpus, GrowingCorpus.servedArticles(corpus), added));
                }
                else {
                    args.add("--spring.datasource.url=" + TestDatabase.otherDatabase(url, "scqa_untranslated"));
                    args.add("--scqa.corpus.dir=" + TestCorpus.withoutTranslations(corpus));
                }
            }
        }
        try (ConfigurableApplicationContext context = start(args.toArray(String[]::new))) {
            context.getBean(Ingestor.class).ingest();
            context.getBean(Probe.class).run(questions, System.out);
        }
    }

    /** The benchmarks; only the answer latency unless {@code everything}. */
    private static void benchmark(int passages, boolean everything) throws Exception {
        try (ConfigurableApplicationContext context = benchContext()) {
            context.getBean(Ingestor.class).ingest();
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            Path dir = context.getBean(CorpusProperties.class).dir().resolve("eval");
            if (everything) {
                context.getBean(SearchBenchmark.class).run(dir, port, System.out);
            }
            context.getBean(AnswerBenchmark.class).run(dir, port, System.out);
            if (everything) {
                publishBench(context);
                context.getBean(ScaleBenchmark.class).run(passages, System.out);
                mixedSearch(context, dir);
            }
        }
    }

    private static ConfigurableApplicationContext benchContext() {
        return start("--server.port=0", "--scqa.web.admin-token=" + PublishBenchmark.ADMIN,
                // The benchmark asks far more than a visitor may.
                "--scqa.web.limits.questions-per-minute=1000000", "--scqa.web.limits.burst=1000000");
    }

    private static void publishBench(ConfigurableApplicationContext context) throws Exception {
        new PublishBenchmark(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)).run(
                Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), PublishBenchmark.ADMIN,
                System.out);
        // The index as it was: the benchmark's article withdrawn and forgotten.
        context.getBean(Ingestor.class).ingest();
    }

    /** English search over the served corpus against the corpus as it grows. */
    private static void mixedSearch(ConfigurableApplicationContext served, Path dir) {
        List<EvalQuestion> set = EvalSet.load(dir);
        MixedCorpusBenchmark.Run alone = MixedCorpusBenchmark.englishSearch(served.getBean(QuestionService.class),
                served.getBean(MeterRegistry.class), set);
        List<UnseenArticles.Article> added = UnseenArticles.load()
            .articles()
            .stream()
            .filter(a -> a.split() != UnseenArticles.Split.SEALED)
            .toList();
        Path corpus = served.getBean(CorpusProperties.class).dir();
        Path grown = GrowingCorpus.build(corpus, GrowingCorpus.servedArticles(corpus), added);
        String url = served.getEnvironment().getProperty("spring.datasource.url");
        try (ConfigurableApplicationContext context = start("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestDatabase.otherDatabase(url, "scqa_growing"),
                "--scqa.corpus.dir=" + grown)) {
            context.getBean(Ingestor.class).ingest();
            MixedCorpusBenchmark.Run mixed = MixedCorpusBenchmark.englishSearch(context.getBean(QuestionService.class),
                    context.getBean(MeterRegistry.class), set);
            MixedCorpusBenchmark.print(alone, mixed, added.size(), System.out);
        }
    }

    // As arguments, not default properties: application.yaml would override those.
    static ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--scqa.index.ingest-on-startup=false";
        args[1] = "--logging.level.root=WARN";
        args[2] = "--spring.main.banner-mode=off";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return SpringApplication.from(ScienceCityQa::main).with(EvalBeans.class).run(args).getApplicationContext();
    }

    /**
     * The evaluation beans; not a {@code @Configuration}, so no test context scans them
     * in.
     */
    static class EvalBeans {

        /**
         * Plain dense search over passage vectors with the raw question: the baseline to
         * beat.
         */
        @Bean
        Retriever baselineRetriever(DenseRetriever dense, Embeddings embeddings) {
            return Retriever.of(Evaluation.BASELINE, (q, n) -> dense.chinese(embeddings.chinese(q.text()), n));
        }

        @Bean
        AnswerEvaluation answerEvaluation(PassageSearch search, QueryFactory queries, ExtractiveAnswerer answerer,
                AnswerProperties properties) {
            return new AnswerEvaluation(search, queries, answerer, properties);
        }

        @Bean
        UnderstandingEvaluation understandingEvaluation(QuestionService questions, PassageSearch search,
                QueryFactory queries, ExtractiveAnswerer answerer, FollowUps followUps, AnswerProperties properties) {
            return new UnderstandingEvaluation(questions, search, queries, answerer, followUps, properties);
        }

        @Bean
        TranslationGapEvaluation translationGapEvaluation(QuestionService questions, PassageSearch search,
                QueryFactory queries) {
            return new TranslationGapEvaluation(questions, search, queries);
        }

        @Bean
        Probe probe(QuestionService questions, QuestionNormalizer normalizer, QueryFactory queries,
                PassageSearch search, city.science.qa.search.KeywordRetriever keywords,
                city.science.qa.answer.EvidenceFit fit, Retrievers retrievers) {
            return new Probe(questions, normalizer, queries, search, keywords, fit, retrievers);
        }

        @Bean
        Evaluation evaluation(QueryFactory queries, Retrievers retrievers, Retriever baselineRetriever,
                PassageSearch search, PassageReader reader, QuestionNormalizer normalizer, AnswerEvaluation answers,
                UnderstandingEvaluation understanding) {
            return new Evaluation(queries, retrievers, baselineRetriever, search, reader, normalizer, answers,
                    understanding);
        }

        @Bean
        SearchBenchmark searchBenchmark(PassageSearch search, QueryFactory queries, Retriever baselineRetriever,
                PassageReader reader, MeterRegistry meters, Retrievers retrievers) {
            return new SearchBenchmark(search, queries, baselineRetriever, reader, meters, retrievers);
        }

        @Bean
        AnswerBenchmark answerBenchmark(QuestionService questions, PassageSearch search, QueryFactory queries,
                ExtractiveAnswerer answerer, AnswerChecker checker, ConversationRepository conversations) {
            return new AnswerBenchmark(questions, search, queries, answerer, checker, conversations);
        }

        @Bean
        ScaleBenchmark scaleBenchmark(JdbcClient jdbc, TransactionTemplate transactions) {
            return new ScaleBenchmark(jdbc, transactions);
        }

    }

}
