-- Facilitation of a workshop on a canvas: hidden notes, the board lock, the group's focus and dot voting.

-- A note added while hidden mode is on stays hidden (seen only by its author and the facilitator) until revealed.
ALTER TABLE canvas_note ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
-- The guiding question of its block that a note answers: an index into the block's questions, from 0.
ALTER TABLE canvas_note ADD COLUMN question INTEGER;
CREATE INDEX canvas_note_hidden ON canvas_note (canvas_id, block_key) WHERE hidden;

-- The facilitator's settings of a canvas; a canvas without a row has them all off.
CREATE TABLE canvas_facilitation (
    canvas_id        UUID PRIMARY KEY REFERENCES canvas (id) ON DELETE CASCADE,
    hidden_mode      BOOLEAN      NOT NULL,
    locked           BOOLEAN      NOT NULL,
    focus_block_key  VARCHAR(100),
    focus_moved_at   TIMESTAMP WITH TIME ZONE,
    updated_by       VARCHAR(100),
    updated_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL
);

-- Rounds of dot voting, kept after they close; at most one is open per canvas.
CREATE TABLE canvas_voting_round (
    id                     UUID PRIMARY KEY,
    canvas_id              UUID         NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    number                 INTEGER      NOT NULL,
    votes_per_participant  INTEGER      NOT NULL,
    max_votes_per_note     INTEGER,
    block_keys             JSONB        NOT NULL,
    opened_by              VARCHAR(100) NOT NULL,
    opened_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by              VARCHAR(100),
    closed_at              TIMESTAMP WITH TIME ZONE,
    UNIQUE (canvas_id, number)
);

CREATE UNIQUE INDEX canvas_voting_round_one_open ON canvas_voting_round (canvas_id) WHERE closed_at IS NULL;

-- One row per vote (dot); a participant may put several on one note, up to the round's limit.
CREATE TABLE canvas_vote (
    id         UUID PRIMARY KEY,
    round_id   UUID         NOT NULL REFERENCES canvas_voting_round (id) ON DELETE CASCADE,
    note_id    UUID         NOT NULL REFERENCES canvas_note (id) ON DELETE CASCADE,
    voter      VARCHAR(100) NOT NULL,
    cast_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX canvas_vote_of_voter ON canvas_vote (round_id, voter, note_id);
CREATE INDEX canvas_vote_on_note ON canvas_vote (note_id);
