package city.science.qa.translation;

import city.science.qa.corpus.ChineseWords;
import city.science.qa.corpus.Glossary;
import java.nio.file.Path;

/** The real dictionary and glossary, loaded once for every unit test that needs them. */
public final class Dictionaries {

    public static final ChineseEnglishDictionary CEDICT = ChineseEnglishDictionary.load();

    public static final Glossary GLOSSARY = Glossary.load(Path.of("corpus/glossary.tsv"));

    public static final ChineseWords WORDS = new ChineseWords();

    public static final Gloss GLOSS = new Gloss(CEDICT, GLOSSARY, WORDS);

    /** The served articles' translations confirm a gloss's sense, as the index's do. */
    public static final SenseCheck SENSES = ParallelText
        .of(new city.science.qa.corpus.CorpusReader(Path.of("corpus")).read().articles());

    public static final UntranslatedAnswer UNTRANSLATED = new UntranslatedAnswer(GLOSS, GLOSSARY, WORDS, SENSES);

    public static final QueryTranslation QUERIES = new QueryTranslation(CEDICT, GLOSSARY);

    private Dictionaries() {
    }

}
