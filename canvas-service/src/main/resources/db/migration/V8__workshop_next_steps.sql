-- What a workshop agreed to do after the day (issue 15): each a kind, a text, optionally an owner (a member of the
-- local group) and a due date. Read and written whole with the workshop, so its version guards them (If-Match).
ALTER TABLE workshop ADD COLUMN next_steps JSONB NOT NULL DEFAULT '[]';
