-- The people directory shows members by name: the name Keycloak has for them when they were added
-- (their username for members added before, until they are added again).
ALTER TABLE local_group_member ADD COLUMN display_name VARCHAR(200);
UPDATE local_group_member SET display_name = username;
ALTER TABLE local_group_member ALTER COLUMN display_name SET NOT NULL;
CREATE INDEX local_group_member_user ON local_group_member (user_id);
