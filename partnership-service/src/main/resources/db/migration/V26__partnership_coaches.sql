-- The coaches of a partnership (token subjects): they facilitate its four-step trajectory. Until now everyone in the
-- local group could do everything; the member who set a partnership up becomes its first coach.
ALTER TABLE partnership ADD COLUMN coaches JSONB NOT NULL DEFAULT '[]'::jsonb;
UPDATE partnership SET coaches = jsonb_build_array(created_by);
