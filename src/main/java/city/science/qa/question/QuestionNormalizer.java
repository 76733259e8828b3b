package city.science.qa.question;

import city.science.qa.corpus.CorpusProperties;
import city.science.qa.corpus.Glossary;
import city.science.qa.search.Language;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stage 1, normalize: the question in the corpus's own script and wording. Traditional
 * characters become Simplified (OpenCC's phrase and character tables, through opencc4j),
 * full-width letters and digits half-width, Chinese numerals that count something digits
 * (and English number words that count years), names written in the other language the
 * question's own, and everyday words are replaced or given the corpus's words
 * ({@link Lexicon}).
 */
@Component
public class QuestionNormalizer {

    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9_-]{0,20}\\s*/?>");

    private final Lexicon lexicon;

    private final Glossary glossary;

    @Autowired
    public QuestionNormalizer(CorpusProperties corpus, Glossary glossary) {
        this(Lexicon.load(corpus.dir().resolve("lexicon.tsv")), glossary);
    }

    public QuestionNormalizer(Lexicon lexicon, Glossary glossary) {
        this.lexicon = lexicon;
        this.glossary = glossary;
        // OpenCC's dictionaries load on first use (about a second): at start-up, not on a
        // question.
        ZhConverterUtil.toSimple("重慶");
    }

    public NormalizedQuestion normalize(String asked) {
        // Markup is never part of a question: what a tag says stays, the tag goes.
        String text = MARKUP.matcher(halfWidth(asked)).replaceAll(" ");
        if (Language.hasHan(text)) {
            text = ZhConverterUtil.toSimple(text);
            text = ChineseNumerals.toDigits(text);
        }
        text = EnglishNumerals.toDigits(text);
        Language language = Language.of(withoutNames(text));
        // What an English question quotes in Chinese, before its names are put in
        // English.
        List<String> quoted = language == Language.EN ? Language.chineseRuns(lexicon.inChineseWords(text)) : List.of();
        text = namesInLanguage(text, language);
        Lexicon.Applied applied = lexicon.apply(text, language);
        return new NormalizedQuestion(asked, applied.text().strip(), language, applied.alternatives(), quoted);
    }

    /**
     * The question without the glossary's names in either language: its own words decide
     * its language ("University Town有多少所高校" is Chinese, "What is 金凤实验室's core task?"
     * English).
     */
    private String withoutNames(String text) {
        String out = glossary.replaceEnglishNames(glossary.replaceChineseNames(text, e -> " "), e -> " ");
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
        boolean latin = text.codePoints().anyMatch(c -> c < 0x80 && Character.isLetter(c));
        boolean han = Language.hasHan(text);
        if (language == Language.ZH && latin) {
            return kindsAfterWhich(glossary.replaceEnglishNames(text, Glossary.Entry::canonicalChinese));
        }
        if (language == Language.EN && han) {
            return glossary.replaceChineseNames(text, e -> " " + e.english() + " ").replaceAll("\\s+", " ");
        }
        return text;
    }

    /**
     * 「住在哪个high-tech zone」 asks which zone, not about the Science City's: a name after 哪个
     * is written in its shortest form (高新区), the kind of thing asked.
     */
    private String kindsAfterWhich(String chinese) {
        StringBuilder out = new StringBuilder(chinese);
        List<Glossary.Name> names = glossary.namesInChinese(chinese);
        for (int i = names.size() - 1; i >= 0; i--) {
            Glossary.Name name = names.get(i);
            if (QuestionAnalyzer.WHICH_BEFORE.matcher(chinese.substring(0, name.start())).find()) {
                String kind = name.entry()
                    .chinese()
                    .stream()
                    .min(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow();
                out.replace(name.start(), name.end(), kind);
            }
        }
        return out.toString();
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
