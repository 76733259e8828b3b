package city.science.qa.translation;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import city.science.qa.question.Asked;
import city.science.qa.search.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an English answer can state exactly from a Chinese sentence nobody has translated:
 * its figures in English scale beside the figure as printed, each after the Chinese words
 * it belongs to (with their dictionary sense), the source's date, the official English of
 * the names it mentions, then the sentence itself, quoted. No sentence is made up: an
 * investor reads the figure, the date and the source, and can check the Chinese.
 */
public final class UntranslatedAnswer {

    /** Said with every such answer, so that no one takes it for a translation. */
    public static final String NOT_TRANSLATED = "source in Chinese, not yet translated";

    // Where a figure's label starts: the last punctuation or the start of the sentence.
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:、（）()“”\"]");

    private static final int LABEL_WORDS = 2;

    private static final int COUNTED_CHARS = 8;

    private static final int LABEL_CHARS = 10;

    private static final Pattern NOUN_END = Pattern.compile("[0-9的]");

    private final Gloss gloss;

    private final Glossary glossary;

    private final ChineseWords words;

    private final SenseCheck senses;

    public UntranslatedAnswer(Gloss gloss, Glossary glossary, ChineseWords words, SenseCheck senses) {
        this.senses = senses;
        this.gloss = gloss;
        this.glossary = glossary;
        this.words = words;
    }

    /**
     * One answer line: "By October 2022 (source in Chinese, not yet translated):
     * contracted investment (合同投资额) 314.19 billion yuan (3141.9亿元). The sentence: “…”".
     * @param when the source's date in English ("October 2022"), or empty
     */
    public String sentence(String chinese, String when, Asked asked) {
        StringBuilder out = new StringBuilder();
        out.append(when.isEmpty() ? "From a " + NOT_TRANSLATED : "By " + when + " (" + NOT_TRANSLATED + ")");
        List<String> stated = new ArrayList<>();
        StringBuilder labels = new StringBuilder();
        for (EnglishFigures.Stated f : figures(chinese, asked)) {
            // 14所高校: the noun a measure word counts follows it; 合同投资额3141.9亿元: what an
            // amount or a rate is of comes before it.
            String noun = f.counts() ? countedNoun(chinese.substring(f.end())) : "";
            if (!noun.isEmpty()) {
                // A noun the dictionary cannot put into English stays in Chinese;
                // 3500余名科技人员:
                // the noun says who, "people" would say it twice.
                String english = confirmedGloss(noun).orElse("");
                labels.append(english);
                stated.add((english.isEmpty() ? f.english() : f.english().replaceFirst(" people$", "") + " " + english)
                        + " (" + f.chinese() + noun + ")");
                continue;
            }
            String label = label(chinese.substring(0, f.start()));
            labels.append(label);
            stated.add((label.isEmpty() ? "" : label + " ") + f.english()
                    + (f.english().contains(f.chinese()) ? "" : " (" + f.chinese() + ")"));
        }
        out.append(stated.isEmpty() ? ":" : ": " + String.join("; ", stated) + ".");
        // Official names the labels have not already given.
        List<String> names = glossary.foundInChinese(chinese)
            .stream()
            .filter(e -> !labels.toString().contains(e.english()))
            .map(e -> e.english() + " (" + e.canonicalChinese() + ")")
            .limit(3)
            .toList();
        out.append(" The sentence: “").append(chinese.strip()).append("”");
        if (!names.isEmpty()) {
            out.append(" It names ").append(String.join(", ", names)).append('.');
        }
        return out.toString();
    }

    /** The figures of the kind asked (all of them when none is of that kind). */
    static List<EnglishFigures.Stated> figures(String chinese, Asked asked) {
        List<EnglishFigures.Stated> all = EnglishFigures.in(chinese);
        List<EnglishFigures.Stated> wanted = all.stream().filter(f -> switch (asked) {
            case AMOUNT -> f.chinese().endsWith("元");
            case PERCENTAGE, SHARE -> f.english().endsWith("%");
            case AREA -> f.english().contains("square") || f.english().endsWith(" mu");
            case COUNT -> !f.chinese().endsWith("元") && !f.english().endsWith("%");
            default -> true;
        }).toList();
        return wanted.isEmpty() ? all : wanted;
    }

    /**
     * The noun a count counts: the words right after the measure word, up to the clause's
     * end and at most {@value #COUNTED_CHARS} characters (14所高校 → 高校).
     */
    private String countedNoun(String after) {
        // The noun ends where the clause, a figure or a 的 does (17家企业的23个: 企业).
        String clause = NOUN_END.split(CLAUSE_BREAK.split(after, 2)[0], 2)[0];
        // An official name is one noun however many words it has (有效发明专利).
        Optional<String> name = glossary.foundInChinese(clause)
            .stream()
            .flatMap(e -> e.chinese().stream())
            .filter(clause::startsWith)
            .max(java.util.Comparator.comparingInt(String::length));
        if (name.isPresent()) {
            return name.get();
        }
        int end = 0;
        int taken = 0;
        for (ChineseWords.Word w : words.words(clause)) {
            if (w.start() != end || w.end() > COUNTED_CHARS || taken == LABEL_WORDS) {
                break;
            }
            end = w.end();
            taken++;
        }
        return clause.substring(0, end);
    }

    /**
     * The words before a figure in its clause, up to {@value #LABEL_CHARS} characters,
     * with their gloss: “招商项目” → "investment projects (招商项目)". A label never ends on a
     * particle or one-character word (达, 超, 的): it says nothing about what was counted.
     */
    private String label(String before) {
        String[] clauses = CLAUSE_BREAK.split(before, -1);
        String clause = clauses[clauses.length - 1];
        List<ChineseWords.Word> content = words.words(clause)
            .stream()
            .filter(w -> w.text().codePointCount(0, w.text().length()) > 1 && w.text()
                .codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .toList();
        if (content.isEmpty()) {
            return "";
        }
        // As many words back as fit in a short label: 未来产业产值同比增长 says whose growth it is.
        int end = content.get(content.size() - 1).end();
        int start = content.get(content.size() - 1).start();
        for (int i = content.size() - 2; i >= 0 && end - content.get(i).start() <= LABEL_CHARS; i--) {
            start = content.get(i).start();
        }
        String chinese = clause.substring(start, end);
        return confirmedGloss(chinese).map(english -> english + " (" + chinese + ")").orElse("“" + chinese + "”");
    }

    /**
     * A term's English, where it is known to be the sense meant: the glossary's name for
     * it, or a dictionary gloss the translated articles use for it. Otherwise none: the
     * Chinese term alone reads better than a gloss in the wrong sense.
     */
    private Optional<String> confirmedGloss(String chinese) {
        // Every word of it an official name (未来产业 + 产值 + 同比增长): the names' English.
        boolean named = !Language.hasHan(glossary.replaceChineseNames(chinese, e -> " "));
        return gloss.exact(chinese).filter(english -> named || senses.confirms(chinese, english));
    }

}
