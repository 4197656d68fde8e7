-- The members (token subjects) who act for a partner, e.g. when it assesses the partnership on its own.
ALTER TABLE partner ADD COLUMN representatives JSONB NOT NULL DEFAULT '[]'::jsonb;
