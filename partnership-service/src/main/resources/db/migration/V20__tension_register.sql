-- The hybrid tension register of a partnership (step 2 of the trajectory).
CREATE TABLE tension (
    id                        UUID PRIMARY KEY,
    partnership_id            UUID          NOT NULL REFERENCES partnership (id),
    title                     VARCHAR(200)  NOT NULL,
    description               VARCHAR(4000),
    value_domain              VARCHAR(30)   NOT NULL,
    bmc_block                 VARCHAR(30),
    category                  VARCHAR(20),
    severity                  VARCHAR(10)   NOT NULL,
    owner_partner_id          UUID,
    status                    VARCHAR(20)   NOT NULL,
    agreement_element         INTEGER       CHECK (agreement_element BETWEEN 1 AND 7),
    next_review_date          DATE,
    catalogue_key             VARCHAR(100),
    solutions                 JSONB         NOT NULL DEFAULT '[]',
    -- The review date for which the review-due event was published, so that it is published once per date.
    review_due_published_for  DATE,
    created_by                VARCHAR(100)  NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT        NOT NULL
);

CREATE INDEX tension_partnership ON tension (partnership_id, created_at);
CREATE INDEX tension_review_due ON tension (next_review_date) WHERE status <> 'RESOLVED';

-- Every change of a tension, with the whole tension before and after it.
CREATE TABLE tension_change (
    id           UUID PRIMARY KEY,
    tension_id   UUID          NOT NULL REFERENCES tension (id),
    action       VARCHAR(30)   NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    before       JSONB,
    after        JSONB         NOT NULL
);

CREATE INDEX tension_change_tension ON tension_change (tension_id, changed_at);
