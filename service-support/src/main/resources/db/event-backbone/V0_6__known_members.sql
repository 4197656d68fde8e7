-- Read model of local-group membership (org.weconomics.support.people), fed by partnership-service's
-- org.weconomics.local-group.member-added / member-removed events: who the ids in a service's data are, and
-- whether a person named in a request is a member of the local group.
CREATE TABLE known_member (
    local_group   VARCHAR(100)  NOT NULL,
    user_id       VARCHAR(100)  NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    display_name  VARCHAR(200)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (local_group, user_id)
);

CREATE INDEX known_member_user ON known_member (user_id);
