-- What each answer was, whole (citations, checks, notice), so a reloaded page can show it again and
-- staff can verify it; and readers' feedback on answers.
ALTER TABLE conversation_turn
    ADD COLUMN mode              text    NOT NULL DEFAULT 'extractive',
    ADD COLUMN figures_not_found integer NOT NULL DEFAULT 0,
    ADD COLUMN answer_json       jsonb;

CREATE INDEX conversation_turn_created_idx ON conversation_turn (created_at DESC);

CREATE TABLE feedback (
    id              bigserial PRIMARY KEY,
    conversation_id uuid    NOT NULL,
    turn            integer NOT NULL,
    rating          text    NOT NULL CHECK (rating IN ('up', 'down')),
    comment         text    NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (conversation_id, turn) REFERENCES conversation_turn (conversation_id, turn) ON DELETE CASCADE
);

CREATE INDEX feedback_turn_idx ON feedback (conversation_id, turn);
