package city.science.qa.translation;

import city.science.qa.index.IndexView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The translated passages as a parallel corpus: a gloss's sense is confirmed when some
 * passage that writes the Chinese term has a translation that uses the gloss's words
 * (重点项目 and "key projects": "key project" is confirmed, "recount item" is not). Read
 * again whenever an ingest has changed the index.
 */
@Component
public class ParallelText implements SenseCheck {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]+");

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "and", "or",
            "for", "with", "by", "at", "as", "be", "is");

    private record Pair(String chinese, Set<String> englishStems) {
    }

    private final IndexView<List<Pair>> pairs;

    public ParallelText(JdbcClient jdbc) {
        this.pairs = new IndexView<>(jdbc, List.of(),
                () -> jdbc.sql("SELECT text_zh, text_en FROM passage WHERE text_en IS NOT NULL")
                    .query((rs, n) -> new Pair(rs.getString(1), stems(rs.getString(2))))
                    .list());
    }

    @Override
    public boolean confirms(String chinese, String english) {
        return confirms(pairs.get(), chinese, english);
    }

    /**
     * The same check over articles read from files (their paragraphs and translations).
     */
    public static SenseCheck of(java.util.Collection<city.science.qa.corpus.Article> articles) {
        List<Pair> pairs = articles.stream()
            .flatMap(a -> a.paragraphs()
                .stream()
                .flatMap(p -> a.translationOf(p.id()).map(en -> new Pair(p.text(), stems(en))).stream()))
            .toList();
        return (chinese, english) -> confirms(pairs, chinese, english);
    }

    private static boolean confirms(List<Pair> pairs, String chinese, String english) {
        Set<String> wanted = stems(english);
        if (chinese.isBlank() || wanted.isEmpty()) {
            return false;
        }
        return pairs.stream().anyMatch(p -> p.chinese().contains(chinese) && p.englishStems().containsAll(wanted));
    }

    /** Content words, crudely stemmed: "projects", "project" and "projected" meet. */
    static Set<String> stems(String english) {
        return Arrays.stream(NOT_A_LETTER.split(english.toLowerCase(Locale.ROOT)))
            .filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w))
            .map(ParallelText::stem)
            .collect(Collectors.toSet());
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (String suffix : List.of("es", "s", "ed", "ing")) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

}
