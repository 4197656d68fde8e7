-- Memberships a person lost (org.weconomics.support.access.MembershipRevocations): partnership-service writes them
-- when an admin removes a member, the other services from its member-removed event. A token issued before the
-- removal still names the local group in its groups claim, and Keycloak may not be reachable to say otherwise; the
-- services leave such a group out of what the caller may act in until the person is added again.
CREATE TABLE revoked_membership (
    local_group  VARCHAR(100)  NOT NULL,
    user_id      VARCHAR(100)  NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (local_group, user_id)
);

CREATE INDEX revoked_membership_user ON revoked_membership (user_id);
