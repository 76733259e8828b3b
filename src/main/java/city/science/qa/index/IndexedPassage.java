package city.science.qa.index;

import city.science.qa.corpus.PassageDraft;

/**
 * A passage ready to store: its draft, its id (the content hash), its vectors and its segmented
 * Chinese keywords.
 *
 * @param englishVector null when the passage has no translation
 * @param sentenceVectors one per Chinese sentence; null when the passage is already stored with them
 * @param englishSentenceVectors one per aligned English sentence, or null
 */
public record IndexedPassage(String id, PassageDraft draft, float[] chineseVector, float[] englishVector,
    java.util.List<float[]> sentenceVectors, java.util.List<float[]> englishSentenceVectors,
    String chineseKeywords) {
}
