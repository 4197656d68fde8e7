-- The last change sequence given to a change of the canvas. Changes take the next number with
-- UPDATE ... SET change_sequence = change_sequence + 1 RETURNING, which keeps the canvas row locked until the
-- change commits: the numbers of one canvas are gapless and their order is the order the changes committed.
ALTER TABLE canvas ADD COLUMN change_sequence BIGINT NOT NULL DEFAULT 0;

-- The change log: every change of a canvas and its notes, who made it, when, and the state before and after.
-- note_id has no foreign key, so that a removed note keeps its history; the log goes with its canvas.
CREATE TABLE canvas_change (
    canvas_id     UUID         NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    sequence      BIGINT       NOT NULL,
    kind          VARCHAR(100) NOT NULL,
    subject       VARCHAR(100) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note_id       UUID,
    before_state  JSONB,
    after_state   JSONB,
    PRIMARY KEY (canvas_id, sequence)
);

CREATE INDEX canvas_change_of_note ON canvas_change (canvas_id, note_id, sequence);
CREATE INDEX canvas_change_by_time ON canvas_change (canvas_id, occurred_at);

-- Named snapshots: the notes (and their comments) of a canvas as they were at one change sequence.
CREATE TABLE canvas_snapshot (
    id           UUID         PRIMARY KEY,
    canvas_id    UUID         NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL,
    sequence     BIGINT       NOT NULL,
    note_count   INTEGER      NOT NULL,
    notes        JSONB        NOT NULL,
    comments     JSONB        NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX canvas_snapshot_of_canvas ON canvas_snapshot (canvas_id, created_at);
