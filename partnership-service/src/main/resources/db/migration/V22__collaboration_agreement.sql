-- The partners' own text and status per element (1-7) of their collaboration agreement; the rest of each
-- element is assembled from the partnership's data when read.
CREATE TABLE agreement_element (
    partnership_id  UUID          NOT NULL REFERENCES partnership (id),
    element         INTEGER       NOT NULL CHECK (element BETWEEN 1 AND 7),
    text            TEXT,
    status          VARCHAR(20)   NOT NULL,
    updated_by      VARCHAR(100),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (partnership_id, element)
);

-- The latest margin distribution of the partnership's earnings model, from finance-service's
-- distribution-changed events (element 3 of the agreement).
CREATE TABLE earnings_distribution (
    partnership_id      UUID          PRIMARY KEY REFERENCES partnership (id),
    earnings_model_id   UUID          NOT NULL,
    rule_key            VARCHAR(40)   NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    distributed_margin  NUMERIC(19, 2),
    shares              JSONB         NOT NULL,
    model_version       BIGINT        NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
