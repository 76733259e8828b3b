-- A passage nobody has translated yet is glossed word for word (CC-CEDICT) into pseudo-English at
-- ingest: its English keywords and English vectors come from that gloss, so English questions find
-- it. The gloss is never shown; a real translation, when there is one, takes its place.
ALTER TABLE passage ADD COLUMN gloss_en text;
ALTER TABLE passage DROP COLUMN keywords_en;
ALTER TABLE passage ADD COLUMN keywords_en tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(text_en, gloss_en, ''))) STORED;
CREATE INDEX passage_keywords_en_gin ON passage USING gin (keywords_en);

-- Machine translations of cited passages (with a language model configured), kept for reuse and
-- for staff to accept or correct. Keyed by passage id, a content hash: an edited passage is a new
-- passage and is translated afresh; a passage that gains a human translation drops out.
CREATE TABLE passage_translation (
    passage_id    text PRIMARY KEY REFERENCES passage (id) ON DELETE CASCADE,
    text_en       text NOT NULL,
    review        text NOT NULL DEFAULT 'unreviewed' CHECK (review IN ('unreviewed', 'accepted', 'corrected')),
    model         text NOT NULL,
    translated_at timestamptz NOT NULL DEFAULT now(),
    reviewed_at   timestamptz
);

-- How many passages have no translation, written by each ingest: an English question skips the
-- cross-lingual retrievers (and their embedding) when there are none.
ALTER TABLE index_state ADD COLUMN untranslated_count bigint NOT NULL DEFAULT 0;
