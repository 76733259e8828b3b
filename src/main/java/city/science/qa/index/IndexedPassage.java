package city.science.qa.index;

import city.science.qa.corpus.PassageDraft;
import java.util.Optional;

/**
 * A passage ready to store: its draft, its id (the content hash), its vectors and its
 * segmented Chinese keywords, and, while it has no translation, its word-for-word English
 * gloss.
 */
public record IndexedPassage(String id, PassageDraft draft, PassageVectors vectors, String chineseKeywords,
        Optional<String> gloss) {
}
