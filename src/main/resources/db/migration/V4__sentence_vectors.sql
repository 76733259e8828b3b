-- One Chinese vector per sentence of each passage. A passage that joins two subjects (大学城 and
-- 科学城 in one paragraph) embeds as neither; its sentences still match a question about one of
-- them. Search ranks passages by their best sentence and returns the whole passage.
CREATE TABLE passage_sentence (
    passage_id   text    NOT NULL REFERENCES passage (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    embedding_zh vector(512) NOT NULL,
    PRIMARY KEY (passage_id, ordinal)
);

CREATE INDEX passage_sentence_embedding_zh_hnsw ON passage_sentence USING hnsw (embedding_zh vector_cosine_ops);
