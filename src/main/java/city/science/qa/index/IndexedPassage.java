package city.science.qa.index;

import city.science.qa.corpus.PassageDraft;

/**
 * A passage ready to store: its draft, its id (the content hash), its vectors and its
 * segmented Chinese keywords.
 */
public record IndexedPassage(String id, PassageDraft draft, PassageVectors vectors, String chineseKeywords) {
}
