-- Conversations live in the database, not in an app instance's memory, so any instance can
-- continue any conversation.
CREATE TABLE conversation (
    id         uuid PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conversation_turn (
    conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    turn            integer NOT NULL,
    question        text NOT NULL,
    language        text NOT NULL,
    answer          text NOT NULL,
    grounded        boolean NOT NULL,
    subject         text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (conversation_id, turn)
);
