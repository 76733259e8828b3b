-- Articles and their passages, with one vector column per embedding model (at the model's real
-- dimension) and keyword-search columns. Passage ids are content hashes: an unchanged passage keeps
-- its row and its embeddings across re-ingests.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE article (
    id              text PRIMARY KEY,
    title_zh        text NOT NULL,
    title_en        text,
    published       text NOT NULL DEFAULT '',
    published_basis text NOT NULL DEFAULT '',
    source          text NOT NULL DEFAULT ''
);

CREATE TABLE passage (
    id            text PRIMARY KEY,
    article_id    text NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    paragraph_ids text[] NOT NULL,
    section       text NOT NULL DEFAULT '',
    text_zh       text NOT NULL,
    text_en       text,
    embedding_zh  vector(512) NOT NULL,  -- bge-small-zh-v1.5
    embedding_en  vector(384),           -- bge-small-en-v1.5, on the English translation
    -- Chinese has no spaces: the app segments words (Lucene smartcn) and stores them here.
    keywords_zh   tsvector NOT NULL,
    keywords_en   tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(text_en, ''))) STORED
);

CREATE INDEX passage_article_idx ON passage (article_id, ordinal);
CREATE INDEX passage_embedding_zh_hnsw ON passage USING hnsw (embedding_zh vector_cosine_ops);
CREATE INDEX passage_embedding_en_hnsw ON passage USING hnsw (embedding_en vector_cosine_ops);
CREATE INDEX passage_keywords_zh_gin ON passage USING gin (keywords_zh);
CREATE INDEX passage_keywords_en_gin ON passage USING gin (keywords_en);

-- What corpus the index was built from, so start-up can tell whether anything changed.
CREATE TABLE index_state (
    singleton          boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    corpus_fingerprint text NOT NULL,
    ingested_at        timestamptz NOT NULL DEFAULT now()
);
