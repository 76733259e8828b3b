-- The articles a deployment serves live here, where every instance sees them (the index tables
-- above are derived from this one). corpus/ seeds the rows of origin 'corpus' at start-up; rows that
-- staff published, replaced or withdrew from the staff page have origin 'staff', and seeding never
-- touches them, whatever folder an instance starts with.
CREATE TABLE article_document (
    id         text PRIMARY KEY,
    chinese    text NOT NULL,  -- the article in the corpus format (front matter, [p1] paragraphs)
    english    text,           -- its translation in the same format, when there is one
    origin     text NOT NULL CHECK (origin IN ('corpus', 'staff')),
    state      text NOT NULL CHECK (state IN ('published', 'withdrawn')),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- What staff did to which article, and when: shown on the staff page, never rewritten.
CREATE TABLE article_event (
    id         bigserial PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    action     text NOT NULL CHECK (action IN ('published', 'replaced', 'withdrawn')),
    article_id text NOT NULL,
    title      text NOT NULL,
    passages   integer NOT NULL,
    embedded   integer NOT NULL
);

CREATE INDEX article_event_at_idx ON article_event (at DESC);
