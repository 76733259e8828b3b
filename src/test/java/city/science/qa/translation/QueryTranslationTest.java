package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTranslationTest {

    private static List<String> english(String question) {
        return Dictionaries.QUERIES.of(question).stream().map(QueryTranslation.Term::english).toList();
    }

    private static List<String> chineseFor(String question, String word) {
        return Dictionaries.QUERIES.of(question)
            .stream()
            .filter(t -> t.english().equals(word))
            .findFirst()
            .orElseThrow()
            .chinese();
    }

    @Test
    void everyContentWordGetsItsDictionaryChineseAndQuestionWordsNone() {
        assertThat(english("How many tunnels does the laboratory plan?")).contains("tunnels", "laboratory")
            .doesNotContain("how", "many", "the", "does");
        assertThat(chineseFor("How many tunnels does the laboratory plan?", "tunnels")).contains("隧道");
        assertThat(chineseFor("What revenue did research bring?", "revenue")).contains("营收", "收入");
    }

    @Test
    void aPhraseTheDictionaryKnowsIsOneTermNotItsWords() {
        assertThat(english("How many high tech enterprises are there?")).contains("high tech");
        assertThat(chineseFor("How many high tech enterprises are there?", "high tech")).contains("高新技术");
    }

    @Test
    void aPhraseIsReadAsTheCompoundTheArticlesWriteWhenTheyNeverWriteTheDictionarysPhrase() {
        List<QueryTranslation.Term> terms = Dictionaries.QUERIES.of("How big is the software industry?",
                asked -> asked.contains("软件产业") ? Set.of("软件产业") : Set.of());
        assertThat(terms).filteredOn(t -> t.english().equals("software industry"))
            .singleElement()
            .satisfies(t -> assertThat(t.chinese()).containsExactly("软件产业"));
        // Without the articles, the dictionary's phrase stands.
        assertThat(chineseFor("How big is the software industry?", "software industry")).contains("软体业");
    }

    @Test
    void aPhraseTheArticlesWriteInNoWayKeepsTheDictionarysTranslation() {
        List<QueryTranslation.Term> terms = Dictionaries.QUERIES.of("What credit rating does it have?",
                asked -> Set.of());
        assertThat(terms).extracting(QueryTranslation.Term::english).contains("credit rating");
    }

    @Test
    void aBritishSpellingIsLookedUpTheAmericanWay() {
        assertThat(QueryTranslation.american("inspection centres")).isEqualTo("inspection centers");
        assertThat(QueryTranslation.american("the labour programme organisation"))
            .isEqualTo("the labor program organization");
        assertThat(QueryTranslation.american("four hours")).as("a short word stays").isEqualTo("four hours");
        assertThat(chineseFor("How many inspection centres are there?", "centres")).contains("中心");
    }

    @Test
    void aVagueModifierIsNotTranslatedAlone() {
        assertThat(english("Which projects are new this year?")).doesNotContain("new");
    }

    @Test
    void glossaryNamesAreLeftToTheGlossary() {
        // "patents" is in the glossary (有效发明专利), so the glossary's Chinese is searched.
        assertThat(english("How many patents are there?")).doesNotContain("patents");
        assertThat(english("What is the core task of the Jinfeng Laboratory?")).doesNotContain("jinfeng", "laboratory")
            .contains("core", "task");
    }

    @Test
    void anInflectedWordIsLookedUpByItsBaseForm() {
        assertThat(QueryTranslation.baseForms("universities")).contains("university");
        assertThat(QueryTranslation.baseForms("signed")).contains("sign");
        assertThat(QueryTranslation.baseForms("key projects")).contains("key project");
        assertThat(Dictionaries.QUERIES.of("How many projects were signed?"))
            .anySatisfy(t -> assertThat(t.english()).isEqualTo("signed"));
    }

    @Test
    void irregularFormsAndComparativesReachTheirBaseForm() {
        assertThat(QueryTranslation.baseForms("built")).contains("build");
        assertThat(QueryTranslation.baseForms("faster")).contains("fast");
        assertThat(QueryTranslation.baseForms("bigger")).contains("big");
        assertThat(chineseFor("How many buildings were built?", "built")).isNotEmpty();
    }

    @Test
    void anIrregularVerbKnowsItsOtherForms() {
        assertThat(QueryTranslation.otherForms("begin")).contains("began", "begun");
        assertThat(QueryTranslation.otherForms("began")).contains("begin", "begun");
        assertThat(QueryTranslation.otherForms("signed")).isEmpty();
    }

    @Test
    void singleCharactersAreTooAmbiguousToSearch() {
        Dictionaries.QUERIES.of("How large is the area of the zone?")
            .forEach(t -> assertThat(t.chinese()).allMatch(c -> c.length() > 1));
    }

    @Test
    void aPlaceTheDictionaryNamesWithItsDivisionIsAlsoReadByItsNameAlone() {
        // The articles write 璧山 and 铜梁 more often than 璧山区 and 铜梁区.
        assertThat(chineseFor("How long is the Bishan line?", "bishan")).containsSubsequence("璧山区", "璧山");
        assertThat(chineseFor("Which firms moved to Tongliang?", "tongliang")).contains("铜梁");
        // Only a name the word spells: a development zone is 开发区, never 开发.
        assertThat(chineseFor("How big is the development zone?", "development zone")).contains("开发区")
            .doesNotContain("开发");
    }

}
