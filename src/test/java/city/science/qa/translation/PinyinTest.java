package city.science.qa.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void charactersSpellAWordWhenOneReadingOfEachDoesExactly() {
        assertThat(Pinyin.spells("璧山", "Bishan")).isTrue();
        assertThat(Pinyin.spells("团结湖", "Tuanjiehu")).isTrue();
        // 重 reads chong as well as zhong.
        assertThat(Pinyin.spells("重庆", "Chongqing")).isTrue();
        assertThat(Pinyin.spells("璧山", "Bishang")).isFalse();
        assertThat(Pinyin.spells("璧山区", "Bishan")).isFalse();
    }

    @Test
    void readingsHaveNoTonesAndNoMarks() {
        assertThat(Pinyin.readingsOf('绿')).contains("lu");
    }

}
