-- A contribution board belongs to one partner of the canvas's partnership.
ALTER TABLE canvas ADD COLUMN partner_id UUID;
CREATE INDEX canvas_template_version ON canvas (template_key, template_version);

-- Notes (post-its) in the blocks of a canvas, in an explicit order per block.
CREATE TABLE canvas_note (
    id          UUID PRIMARY KEY,
    canvas_id   UUID          NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    block_key   VARCHAR(100)  NOT NULL,
    position    INTEGER       NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    colour      VARCHAR(20)   NOT NULL,
    value_tags  JSONB         NOT NULL,
    lens_tags   JSONB         NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE INDEX canvas_note_in_block ON canvas_note (canvas_id, block_key, position);

-- Comments on a note, oldest first.
CREATE TABLE canvas_note_comment (
    id          UUID PRIMARY KEY,
    note_id     UUID          NOT NULL REFERENCES canvas_note (id) ON DELETE CASCADE,
    text        VARCHAR(2000) NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX canvas_note_comment_of_note ON canvas_note_comment (note_id, created_at);
