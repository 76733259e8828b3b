package city.science.qa.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Retrieval settings.
 *
 * @param defaultK passages returned when the client does not say
 * @param maxK the most passages one search may ask for
 * @param candidates passages each retriever contributes before fusion
 * @param chineseQueryPrefix the instruction bge-zh puts before a short query to find passages
 * @param englishQueryPrefix the same for bge-en
 * @param fuseChinese the retrievers fused for a Chinese question (names from {@link Retrievers})
 * @param fuseEnglish the retrievers fused for an English question
 */
@ConfigurationProperties("scqa.search")
public record SearchProperties(int defaultK, int maxK, int candidates, String chineseQueryPrefix,
    String englishQueryPrefix, java.util.List<String> fuseChinese, java.util.List<String> fuseEnglish) {
}
