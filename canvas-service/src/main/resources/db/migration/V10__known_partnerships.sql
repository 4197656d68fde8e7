-- Read model of partnerships (org.weconomics.canvas.partnership), fed by partnership-service's events on
-- weconomics.partnership: a new canvas may name only a partnership of its own local group, and of it only a
-- current partner. canvas-service never calls partnership-service; it knows what these events told it.
CREATE TABLE known_partnership (
    partnership_id  UUID          PRIMARY KEY,
    local_group     VARCHAR(100)  NOT NULL,
    -- Absent while only a roles-changed event (which names no partnership) told of it.
    name            VARCHAR(500),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The current partners of each known partnership: added when one joins, removed when it leaves, replaced as a whole
-- by every roles-changed event (which lists them all).
CREATE TABLE known_partner (
    partnership_id  UUID  NOT NULL REFERENCES known_partnership (partnership_id) ON DELETE CASCADE,
    partner_id      UUID  NOT NULL,
    PRIMARY KEY (partnership_id, partner_id)
);
