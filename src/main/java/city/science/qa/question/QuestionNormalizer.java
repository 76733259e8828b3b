package city.science.qa.question;

import city.science.qa.corpus.CorpusProperties;
import city.science.qa.corpus.Glossary;
import city.science.qa.search.Language;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stage 1, normalize: the question in the corpus's own script and wording. Traditional
 * characters become Simplified (OpenCC's phrase and character tables, through opencc4j),
 * full-width letters and digits half-width, Chinese numerals that count something digits,
 * and everyday words are replaced or given the corpus's words ({@link Lexicon}).
 */
@Component
public class QuestionNormalizer {

    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9_-]{0,20}\\s*/?>");

    private final Lexicon lexicon;

    private final Glossary glossary;

    /**
     * A glossary name in English, found even when a Chinese character follows it
     * directly.
     */
    private record EnglishName(Pattern pattern, Glossary.Entry entry) {
    }

    private final List<EnglishName> englishNames;

    @Autowired
    public QuestionNormalizer(CorpusProperties corpus, Glossary glossary) {
        this(Lexicon.load(corpus.dir().resolve("lexicon.tsv")), glossary);
    }

    public QuestionNormalizer(Lexicon lexicon, Glossary glossary) {
        this.lexicon = lexicon;
        this.glossary = glossary;
        this.englishNames = glossary.entries()
            .stream()
            .flatMap(e -> Stream.concat(Stream.of(e.english()), e.variants().stream())
                .filter(form -> !form.isBlank())
                .map(form -> new EnglishName(
                        Pattern.compile("(?i)(?<![A-Za-z])" + Pattern.quote(form) + "(?![A-Za-z])"), e)))
            // Longest first, so "Chongqing University Town" goes before "University
            // Town".
            .sorted(java.util.Comparator.comparingInt((EnglishName n) -> -n.pattern().pattern().length()))
            .toList();
        // OpenCC's dictionaries load on first use (about a second): at start-up, not on a
        // question.
        ZhConverterUtil.toSimple("重慶");
    }

    public NormalizedQuestion normalize(String asked) {
        // Markup is never part of a question: what a tag says stays, the tag goes.
        String text = MARKUP.matcher(halfWidth(asked)).replaceAll(" ");
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            text = ZhConverterUtil.toSimple(text);
            text = ChineseNumerals.toDigits(text);
        }
        Language language = Language.of(withoutNames(text));
        text = namesInLanguage(text, language);
        Lexicon.Applied applied = lexicon.apply(text, language);
        return new NormalizedQuestion(asked, applied.text().strip(), language, applied.alternatives());
    }

    /**
     * The question without the glossary's names in either language: its own words decide
     * its language ("University Town有多少所高校" is Chinese, "What is 金凤实验室's core task?"
     * English).
     */
    private String withoutNames(String text) {
        String out = text;
        for (Glossary.Entry e : glossary.foundInChinese(out)) {
            for (String form : e.chinese()) {
                out = out.replace(form, " ");
            }
        }
        for (EnglishName name : englishNames) {
            out = name.pattern().matcher(out).replaceAll(" ");
        }
        // A question that is nothing but names keeps its own language.
        return out.codePoints().anyMatch(Character::isLetter) ? out : text;
    }

    /**
     * A Chinese question with English names in it, or an English one with Chinese names:
     * the names in the question's own language, as the glossary gives them ("University
     * Town" in a Chinese question becomes 重庆大学城; 科技型企业 in an English question its English
     * name).
     */
    private String namesInLanguage(String text, Language language) {
        String out = text;
        if (language == Language.ZH && out.codePoints().anyMatch(c -> c < 0x80 && Character.isLetter(c))) {
            for (EnglishName name : englishNames) {
                out = name.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(name.entry().canonicalChinese()));
            }
        }
        else if (language == Language.EN
                && out.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            for (Glossary.Entry e : glossary.foundInChinese(out)) {
                for (String form : e.chinese()) {
                    out = out.replace(form, " " + e.english() + " ");
                }
            }
            out = out.replaceAll("\\s+", " ");
        }
        return out;
    }

    /**
     * Full-width letters, digits and the signs of figures become ASCII; the ideographic
     * space a space.
     */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean letterOrDigit = (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A)
                    || (c >= 0xFF41 && c <= 0xFF5A);
            boolean figureSign = c == 0xFF05 || c == 0xFF0E || c == 0xFF0B || c == 0xFF0D;
            if (letterOrDigit || figureSign) {
                out.append((char) (c - 0xFEE0));
            }
            else if (c == 0x3000) {
                out.append(' ');
            }
            else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

}
