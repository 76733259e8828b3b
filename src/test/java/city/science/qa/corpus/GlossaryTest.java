package city.science.qa.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The glossary on the corpus's own names. */
class GlossaryTest {

    private final Glossary glossary = Glossary.load(Path.of("corpus/glossary.tsv"));

    private List<String> chineseFor(String english) {
        return glossary.foundInEnglish(english).stream().map(Glossary.Entry::canonicalChinese).toList();
    }

    @Test
    void hasAtLeast150Entries() {
        assertThat(glossary.entries()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(glossary.entries()).extracting(Glossary.Entry::english).doesNotContain("");
    }

    @Test
    void translatesEnglishNamesToChineseLongestFirst() {
        assertThat(chineseFor("What is the core task of the Jinfeng Laboratory?")).containsExactly("金凤实验室");
        assertThat(chineseFor("What is the planned area of the Western (Chongqing) Science City?"))
            .containsExactly("西部(重庆)科学城", "规划面积");
        assertThat(chineseFor("trade through the Xiyong bonded zone")).containsExactly("西永综保区");
        assertThat(chineseFor("How many high-tech enterprises are there?")).containsExactly("高新技术企业");
    }

    @Test
    void aNameIsFoundWithQuotesBetweenItsWords() {
        assertThat(chineseFor("What are the \"four new\" goals of the Science City?")).contains("四新");
    }

    @Test
    void variantsAreCaseInsensitiveAndWholeWords() {
        assertThat(chineseFor("the chengdu-chongqing twin-city economic circle")).containsExactly("成渝地区双城经济圈");
        assertThat(chineseFor("SPIC projects")).containsExactly("国家电投集团");
        assertThat(chineseFor("ICEBERG")).isEmpty();
    }

    @Test
    void withoutHomeDropsOnlyTheCorpussOwnSubjectInEitherLanguage() {
        assertThat(glossary.withoutHome("科学城签约的项目数量")).isEqualToIgnoringWhitespace("签约的项目数量");
        assertThat(glossary.withoutHome("How many projects has the Science City signed?"))
            .isEqualToNormalizingWhitespace("How many projects has the signed?");
        assertThat(glossary.withoutHome("科学城核心区和成都科学城的项目")).as("a part of it, or another place, is kept")
            .contains("科学城核心区", "成都");
    }

    @Test
    void translatesChineseNamesToEnglish() {
        assertThat(glossary.foundInChinese("金凤实验室和嘉陵江实验室有多少研究人员？")).extracting(Glossary.Entry::english)
            .containsExactly("Jinfeng Laboratory", "Jialing River Laboratory");
        assertThat(glossary.foundInChinese("西部(重庆)科学城规划面积")).extracting(Glossary.Entry::english)
            .containsExactly("Western (Chongqing) Science City", "planned area");
    }

    @Test
    void everyEntrysChineseNameIsSpelledAsTheCorpusSpellsIt() {
        Corpus corpus = new CorpusReader(Path.of("corpus")).read();
        String text = String.join("",
                corpus.articles().stream().flatMap(a -> a.paragraphs().stream()).map(Paragraph::text).toList());
        // The first Chinese form is the corpus's own spelling; the others are what people
        // type.
        assertThat(glossary.entries()).allSatisfy(
                e -> assertThat(text).as("the corpus's spelling of %s", e.english()).contains(e.canonicalChinese()));
    }

    @Test
    void anEnglishNameRightBeforeAChineseCharacterIsStillFoundAndReplaced() {
        assertThat(chineseFor("University Town有多少所高校？")).containsExactly("重庆大学城");
        assertThat(glossary.replaceEnglishNames("University Town有多少所高校？", Glossary.Entry::canonicalChinese))
            .isEqualTo("重庆大学城有多少所高校？");
        assertThat(glossary.replaceChineseNames("What is 金凤实验室's core task?", e -> e.english()))
            .isEqualTo("What is Jinfeng Laboratory's core task?");
        assertThat(chineseFor("the Science Cityscape")).as("still whole words in English").isEmpty();
    }

}
