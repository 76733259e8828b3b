-- English sentence vectors beside the Chinese ones: the translation is aligned sentence by sentence,
-- so an English question can match one sentence of a long passage too.
ALTER TABLE passage_sentence ADD COLUMN embedding_en vector(384);
CREATE INDEX passage_sentence_embedding_en_hnsw ON passage_sentence USING hnsw (embedding_en vector_cosine_ops);
