-- The number of passages, written by each ingest: keyword search needs it for every idf, and a
-- count(*) over the passage table on every question grows with the corpus.
ALTER TABLE index_state ADD COLUMN passage_count bigint NOT NULL DEFAULT 0;
UPDATE index_state SET passage_count = (SELECT count(*) FROM passage);
