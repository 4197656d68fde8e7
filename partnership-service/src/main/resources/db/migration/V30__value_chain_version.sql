-- The value chain gets a version of its own: until now adding, removing or reordering activities moved the
-- partnership's version, so a client's ETag of the partnership went stale for a change it could not see.
-- Existing chains keep the version their ETag had (the partnership's), so no client's ETag breaks by this.
CREATE TABLE value_chain (
    partnership_id UUID PRIMARY KEY REFERENCES partnership (id) ON DELETE CASCADE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT NOT NULL
);

INSERT INTO value_chain (partnership_id, updated_at, version)
SELECT id, updated_at, version FROM partnership;
