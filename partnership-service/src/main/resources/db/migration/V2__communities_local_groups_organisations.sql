-- Communities: the practice of a domain, with the revenue model its network leader charges.
CREATE TABLE community (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    domain          VARCHAR(200)  NOT NULL,
    network_leader  VARCHAR(200)  NOT NULL,
    revenue_payer   VARCHAR(20)   NOT NULL,
    revenue_basis   VARCHAR(20)   NOT NULL,
    revenue_amount  NUMERIC(19, 4) NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE UNIQUE INDEX community_name ON community (lower(name));

-- Local groups: the key is the id every service authorises on (tokens carry /local-groups/<key>).
CREATE TABLE local_group (
    group_key       VARCHAR(63)   PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    region          VARCHAR(200)  NOT NULL,
    community_id    UUID          NOT NULL REFERENCES community (id),
    contact_name    VARCHAR(200)  NOT NULL,
    contact_email   VARCHAR(320)  NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE INDEX local_group_community ON local_group (community_id);

CREATE TABLE local_group_member (
    local_group     VARCHAR(63)   NOT NULL REFERENCES local_group (group_key),
    user_id         VARCHAR(100)  NOT NULL,
    username        VARCHAR(100)  NOT NULL,
    added_by        VARCHAR(100)  NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (local_group, user_id)
);

-- Partner organisations: legal entities of the social or the regular economy.
CREATE TABLE organisation (
    id                   UUID PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    sector               VARCHAR(20)   NOT NULL,
    registration_number  VARCHAR(50)   NOT NULL,
    contact_name         VARCHAR(200),
    contact_email        VARCHAR(320),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL
);

CREATE UNIQUE INDEX organisation_registration_number ON organisation (registration_number);

-- Keycloak mirror: every change to a local group or its members that Keycloak must follow is written
-- here in the transaction of the change, then applied by the mirror worker, oldest first per local group,
-- retried with backoff until Keycloak accepts it. Nothing is dropped: a task stays until it succeeds.
CREATE TABLE keycloak_mirror_task (
    id               BIGSERIAL     PRIMARY KEY,
    local_group      VARCHAR(63)   NOT NULL,
    operation        VARCHAR(20)   NOT NULL,
    user_id          VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    last_error       TEXT,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    completed_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX keycloak_mirror_task_pending ON keycloak_mirror_task (local_group, id) WHERE completed_at IS NULL;
