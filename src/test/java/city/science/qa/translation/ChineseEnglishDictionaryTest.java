package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChineseEnglishDictionaryTest {

    @Test
    void theBundledDictionaryIsCcCedictWithItsSensesBothWays() {
        ChineseEnglishDictionary d = Dictionaries.CEDICT;
        assertThat(d.size()).isGreaterThan(100_000);
        assertThat(d.sensesOf("营收")).contains("revenue");
        assertThat(d.chineseFor("revenues")).contains("营收");
        // A common word's everyday sense comes before a place of the same name.
        assertThat(d.shortSense("成功")).contains("succeed");
    }

    @Test
    void sensesAreCutIntoShortPhrasesWithoutBracketsOrLeadingTo() throws Exception {
        ChineseEnglishDictionary d = ChineseEnglishDictionary.read(new ByteArrayInputStream(
                "# comment\n规划\tto draw up a plan; to map out a program|a plan\n面积\tarea (of a floor, piece of land etc)\n"
                    .getBytes(StandardCharsets.UTF_8)));
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.chineseFor("draw up a plan")).isEmpty();
        assertThat(d.chineseFor("plan")).containsExactly("规划");
        assertThat(d.chineseFor("Areas")).containsExactly("面积");
        // "to draw up a plan" is four words after "to": a description; "a plan" is one
        // word.
        assertThat(d.shortSense("规划")).contains("plan");
    }

    @Test
    void pluralsMeetTheirSingular() {
        assertThat(ChineseEnglishDictionary.key("Universities Boxes laboratories"))
            .isEqualTo("university box laboratory");
        assertThat(ChineseEnglishDictionary.singular("business")).isEqualTo("business");
    }

}
