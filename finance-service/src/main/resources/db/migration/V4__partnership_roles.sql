-- Who holds a role in each partnership, as partnership-service last published it (roles-changed): the coaches, and
-- the representatives of all current partners together (finance lets any partner's representative change the
-- earnings model). Replaced as a whole by each event; no foreign key, since it may arrive before the model exists.
CREATE TABLE partnership_roles (
    partnership_id  UUID PRIMARY KEY,
    local_group     VARCHAR(63) NOT NULL,
    coaches         JSONB NOT NULL,
    representatives JSONB NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
