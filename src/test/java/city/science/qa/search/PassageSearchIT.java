package city.science.qa.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.DatabaseTest;
import city.science.qa.TempCorpus;
import city.science.qa.corpus.CorpusReader;
import city.science.qa.index.Embeddings;
import city.science.qa.question.NormalizedQuestion;
import city.science.qa.question.QuestionNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search over the real corpus in a real pgvector index, in both languages. */
class PassageSearchIT extends DatabaseTest {

    @Autowired
    PassageSearch search;

    @Autowired
    QueryFactory queries;

    @Autowired
    DenseRetriever dense;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Embeddings embeddings;

    @Test
    void findsTheHighTechEnterprisePassage() {
        List<SearchHit> hits = search.search("西部科学城集聚了多少家高新技术企业？", 5);
        assertThat(hits.get(0).text()).contains("702家高新技术企业");
        assertThat(hits.get(0).articleId()).isEqualTo("two-cities-fusion-2026");
        assertThat(hits.get(0).published()).isEqualTo("2026");
        assertThat(hits.get(0).translation()).contains("702 high-tech enterprises");
    }

    @Test
    void fusionLiftsWhatOneRetrieverAloneMisses() {
        String question = "西部科学城集聚了多少家高新技术企业？";
        // The right passage, found by what it says rather than by any ranking under test.
        String gold = passageSaying("702家高新技术企业");
        List<String> baseline = dense.chinese(embeddings.chinese(question), 5);
        List<String> fused = List.copyOf(search.rank(queries.of(question)).keySet());
        assertThat(baseline).as("plain dense search over passage vectors").doesNotContain(gold);
        assertThat(fused.get(0)).as("fused sentence vectors and keywords").isEqualTo(gold);
    }

    @Test
    void wordsOfComparingCountNoPartOfWhatAPassageMustHold(@Autowired KeywordRetriever keywords) {
        Query query = queries.of("How does the number of software companies compare with the target?");
        assertThat(keywords.coverageByTerm(query, List.of(passageSaying("软件企业1301家"))))
            .extracting(KeywordRetriever.TermCoverage::term)
            .contains("softwar")
            .doesNotContain("number", "compar");
        Query kind = queries.of("What kind of software industry layout does the Science City want?");
        assertThat(keywords.coverageByTerm(kind, List.of(passageSaying("一园两区多点"))))
            .as("the articles say 力争 and 将, never \"want\"")
            .extracting(KeywordRetriever.TermCoverage::term)
            .contains("softwar")
            .doesNotContain("kind", "want");
    }

    @Test
    void aYearIsCoveredByAPassageOfThatYearsReport(@Autowired KeywordRetriever keywords) {
        // The 2020 article says 「截至11月底」, never "2020": its report's year covers it.
        Query query = queries.of("How did the contracted investment change from 2020 to 2022?");
        assertThat(keywords.coverageByTerm(query, List.of(passageSaying("正式合同投资额1173.4亿元"))))
            .filteredOn(t -> t.term().matches("20\\d\\d"))
            .extracting(KeywordRetriever.TermCoverage::term, KeywordRetriever.TermCoverage::found)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("2020", true),
                    org.assertj.core.groups.Tuple.tuple("2022", false));
    }

    @Test
    void aChineseWordOfAnEnglishQuestionIsCoveredByTheChineseOfATranslatedPassage(
            @Autowired KeywordRetriever keywords) {
        Query query = queries.of("How many 校企联合 projects received master's and PhD quotas?");
        assertThat(found(keywords, query, "校企联合人才培养", t -> Language.hasHan(t.term()))).containsOnly(true).isNotEmpty();
    }

    @Test
    void aQuotedChineseDateIsCoveredByTheChineseOfATranslatedPassage(@Autowired KeywordRetriever keywords) {
        Query query = queries.of("How many experts came to the 9月11日 exchange event?");
        assertThat(found(keywords, query, "60余名专家学者", t -> t.term().contains("月"))).containsExactly(true);
    }

    @Test
    void anEnglishQuestionQuotingChineseIsHeldToTheChineseOfTranslatedPassagesToo(@Autowired Retrievers retrievers) {
        String gold = passageSaying("风景园林科学研究院正式揭牌");
        Retriever cross = retrievers.named(RetrieverName.CROSS_ZH);
        assertThat(cross.rank(queries.of("Where was the 园林科技创新中心 put up?"), 5)).contains(gold);
        assertThat(cross.rank(queries.of("Where was the landscape centre put up?"), 5))
            .as("every passage here is translated, and English alone is searched in English")
            .isEmpty();
    }

    @Test
    void anEnglishWordOfAChineseQuestionIsCoveredByTheEnglishOfItsPassage(@Autowired KeywordRetriever keywords) {
        Query query = queries.of("西永综保区是哪些big corridors的起点？");
        assertThat(found(keywords, query, "大通道的始发点", t -> t.term().equals("corridor"))).containsExactly(true);
    }

    @Test
    void aGlossaryNameIsCoveredByItsChineseInATranslatedPassage(@Autowired KeywordRetriever keywords) {
        // The glossary calls it "three at the hundred-billion level…"; the
        // translation words it otherwise, the Chinese passage as the question.
        // "What do the 三大千亿级、五个百亿级 clusters refer to?" as normalized:
        Query query = queries
            .of("What do the three at the hundred-billion level, five at the ten-billion level clusters refer to?");
        assertThat(found(keywords, query, "形成“三大千亿级、五个百亿级”", t -> t.term().contains("billion"))).containsOnly(true)
            .isNotEmpty();
    }

    /**
     * Whether each of the question's terms that the filter keeps is covered by the
     * passage saying this.
     */
    private List<Boolean> found(KeywordRetriever keywords, Query query, String passageText,
            java.util.function.Predicate<KeywordRetriever.TermCoverage> which) {
        return keywords.coverageByTerm(query, List.of(passageSaying(passageText)))
            .stream()
            .filter(which)
            .map(KeywordRetriever.TermCoverage::found)
            .toList();
    }

    private String passageSaying(String text) {
        return jdbc.sql("SELECT id FROM passage WHERE text_zh LIKE ?")
            .param("%" + text + "%")
            .query(String.class)
            .single();
    }

    @Test
    void anEnglishQuestionQuotingChineseIsAlsoSearchedByTheChineseItQuotes(@Autowired QuestionNormalizer normalizer) {
        NormalizedQuestion question = normalizer.normalize("How large will the 主导产业集群 be?");
        Query asked = queries.of(question.text(), question.alternatives());
        Query quoted = queries.quoted(question.quotedChinese()).orElseThrow();
        String gold = passageSaying("加快形成规模5000亿元");
        assertThat(search.search(asked, 5)).as("the question, the name in its Chinese put in English")
            .extracting(SearchHit::passageId)
            .doesNotContain(gold);
        assertThat(search.search(List.of(asked), List.of(quoted), 5)).extracting(SearchHit::passageId).contains(gold);
        assertThat(queries.quoted(List.of("科学城"))).as("a name alone is translated already").isEmpty();
    }

    @Test
    void aChineseQuestionQuotingEnglishIsEmbeddedWithTheArticlesChineseForIt(@Autowired QuestionNormalizer normalizer,
            @Autowired SearchProperties properties) {
        NormalizedQuestion question = normalizer.normalize("科学城给企业推出了哪些financing services？");
        String gold = passageSaying("等系列金融服务");
        List<String> asTyped = dense
            .chineseSentences(embeddings.chinese(properties.chineseQueryPrefix() + question.text()), 10);
        Query query = queries.of(question.text(), question.alternatives());
        assertThat(asTyped).as("the question embedded as typed").doesNotContain(gold);
        assertThat(dense.chineseSentences(query.vectors().chinese(), 10)).contains(gold);
    }

    @Test
    void englishQuestionsFindTheChinesePassage() {
        assertThat(search
            .search("How much contracted investment has the Science City core area attracted since "
                    + "construction began?", 5)
            .get(0)
            .text()).contains("合同投资额3141.9亿元");
        assertThat(search.search("What is the planned area of the Science City?", 5))
            .anyMatch(h -> h.text().contains("规划面积1198平方公里"));
        assertThat(search.search("Which company signed up to build a medical isotope base?", 5).get(0).text())
            .contains("国核铀业发展有限责任公司");
    }

    @Test
    void anEnglishQuestionQuotingChineseIsAlsoMeasuredInChinese() {
        List<String> gold = List.of(passageSaying("园林科技创新中心"));
        Query quoting = queries.of("In which 研究院 did the 园林科技创新中心 get its plaque?");
        Evidence evidence = search.evidence(quoting, search.read(gold, quoting));
        assertThat(evidence.inChinese()).isPresent();
        assertThat(evidence.inChinese().getAsDouble()).as("the Chinese model reads the quoted names")
            .isGreaterThan(evidence.similarity());
        Query english = queries.of("Where did the garden science and technology innovation center get its plaque?");
        assertThat(search.evidence(english, search.read(gold, english)).inChinese())
            .as("an English question quoting nothing is measured in English only")
            .isEmpty();
    }

    @Test
    void ranksByFusedScore() {
        List<SearchHit> hits = search.search("光大人工智能产业基地投资约多少？", 5);
        assertThat(hits).hasSize(5);
        assertThat(hits.get(0).text()).contains("投资约200亿元");
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void anEnglishQuestionReachesAnUntranslatedArticleThroughTheGlossary(@TempDir Path dir) throws IOException {
        TempCorpus.copy(dir, f -> !f.toString().endsWith("innovation-source-2022.en.md"));
        try {
            ingestor.withCorpus(new CorpusReader(dir)).ingest();
            List<SearchHit> hits = search.search("When did the Germplasm Creation Big Science Center start operating?",
                    5);
            assertThat(hits.get(0).articleId()).isEqualTo("innovation-source-2022");
            assertThat(hits.get(0).translation()).isNull();
            assertThat(hits).anyMatch(h -> h.text().contains("种质创制大科学中心正式运行"));
        }
        finally {
            ingestor.ingest();
        }
    }

}
