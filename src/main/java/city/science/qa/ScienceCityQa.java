package city.science.qa;

import city.science.qa.llm.TranslationDrafter;
import city.science.qa.corpus.Article;
import city.science.qa.corpus.ArticleFormat;
import city.science.qa.corpus.ArticleImporter;
import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.CorpusProperties;
import city.science.qa.corpus.RawArticleCleaner;
import city.science.qa.index.Ingestor;
import city.science.qa.llm.LanguageModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service, and its two commands: {@code ingest} (bring the index in step with the
 * corpus, then exit) and
 * {@code import <raw.txt> --id <id> [--title ..] [--published ..] [--source ..] [--out <file>]}
 * (turn a raw article into the curated format), and {@code translate} (draft every
 * missing {@code *.en.md} with the configured language model, for staff to review), and
 * {@code export [--out DIR]} (the library's articles back into the corpus format).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScienceCityQa {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "ingest" -> ingest(Arrays.copyOfRange(args, 1, args.length));
            case "import" -> importArticle(Arrays.copyOfRange(args, 1, args.length));
            case "translate" -> translateMissing(Arrays.copyOfRange(args, 1, args.length));
            case "export" -> export(Arrays.copyOfRange(args, 1, args.length));
            default -> SpringApplication.run(ScienceCityQa.class, args);
        }
    }

    private static void ingest(String[] args) {
        try (ConfigurableApplicationContext context = command(args)) {
            System.out.println(context.getBean(Ingestor.class).ingest());
        }
    }

    /**
     * {@code export [--out DIR]}: the library's served articles, staff's included, back
     * into the corpus format (default: the corpus folder), for git.
     */
    private static void export(String[] args) throws Exception {
        Path out = args.length >= 2 && args[0].equals("--out") ? Path.of(args[1]) : null;
        String[] rest = out == null ? args : Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = command(rest)) {
            Path dir = out != null ? out : context.getBean(CorpusProperties.class).dir();
            var written = context.getBean(city.science.qa.library.ArticleLibrary.class).export(dir);
            System.err.println("export: " + written.size() + " articles written to " + dir.resolve("articles"));
        }
    }

    // As arguments, not default properties: application.yaml would override those.
    private static ConfigurableApplicationContext command(String[] args) {
        SpringApplication app = new SpringApplication(ScienceCityQa.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--scqa.index.ingest-on-startup=false";
        all[args.length + 1] = "--logging.level.root=WARN";
        return app.run(all);
    }

    private static void importArticle(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err
                .println("usage: import <raw.txt> --id <id> [--title T] [--published P] [--source S] [--out FILE]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String raw = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String id = options.getOrDefault("id", Path.of(args[0]).getFileName().toString().replaceFirst("\\.txt$", ""));
        ArticleImporter importer = new ArticleImporter(new RawArticleCleaner(new ChineseWords()));
        String article = importer
            .importArticle(new ArticleImporter.Request(id, raw, Optional.ofNullable(options.get("title")),
                    Optional.ofNullable(options.get("published")), Optional.ofNullable(options.get("source"))));
        if (!options.containsKey("out")) {
            System.out.print(article);
            return;
        }
        Path out = Path.of(options.get("out"));
        Files.writeString(out, article, StandardCharsets.UTF_8);
        System.err.println("wrote " + out + "; review its notes before ingesting");
        draftTranslation(out);
    }

    /**
     * With a language model configured, the importer also drafts the English file for
     * staff to review.
     */
    private static void draftTranslation(Path articleFile) throws Exception {
        try (ConfigurableApplicationContext context = drafting(new String[0])) {
            if (!context.getBean(LanguageModels.class).enabled()) {
                System.err.println("no language model configured: the English file stays to be written");
                return;
            }
            try {
                draft(context, articleFile);
            }
            catch (RuntimeException failed) {
                // The article is written; only its English draft is missing.
                System.err.println("the language model could not draft the English file (" + failed.getMessage()
                        + "); the article is imported: run make translate later, or write its English by hand");
            }
        }
    }

    /**
     * {@code make translate}: a draft {@code <id>.en.md} beside every article that has
     * none.
     */
    private static void translateMissing(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = drafting(args)) {
            if (!context.getBean(LanguageModels.class).enabled()) {
                System.err.println("translate: no language model configured (set SCQA_LLM_PROVIDER, SCQA_LLM_BASE_URL "
                        + "and SCQA_LLM_MODEL); nothing drafted");
                System.exit(1);
            }
            Path articles = context.getBean(CorpusProperties.class).dir().resolve("articles");
            int drafted = 0;
            int failures = 0;
            try (var files = Files.list(articles)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".md") && !name.endsWith(".en.md")
                            && !Files.exists(file.resolveSibling(name.replaceFirst("\\.md$", ".en.md")))) {
                        try {
                            draft(context, file);
                            drafted++;
                        }
                        catch (RuntimeException failed) {
                            System.err.println("translate: no draft for " + name + " (" + failed.getMessage() + ")");
                            failures++;
                        }
                    }
                }
            }
            if (failures > 0) {
                System.err.println("translate: " + drafted + " draft(s) written, " + failures
                        + " failed (the language model gave no usable reply); run it again to retry those");
                System.exit(1);
            }
            System.err.println("translate: " + drafted + " draft(s) written; every article now has an English file");
        }
    }

    private static ConfigurableApplicationContext drafting(String[] args) {
        return new SpringApplicationBuilder(DraftingBeans.class).web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(args);
    }

    private static void draft(ConfigurableApplicationContext context, Path articleFile) throws Exception {
        ArticleFormat.Document doc = ArticleFormat.parse(Files.readString(articleFile, StandardCharsets.UTF_8));
        Article parsed = new Article(ArticleFormat.metadata(doc), doc.paragraphs(), Map.of());
        Path english = articleFile.resolveSibling(parsed.id() + ".en.md");
        Files.writeString(english, context.getBean(TranslationDrafter.class).draft(parsed), StandardCharsets.UTF_8);
        System.err.println("drafted " + english + "; review it before ingesting");
    }

}
