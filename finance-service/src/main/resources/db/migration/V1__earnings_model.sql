CREATE TABLE earnings_model (
    id                UUID PRIMARY KEY,
    partnership_id    UUID         NOT NULL UNIQUE,
    local_group       VARCHAR(63)  NOT NULL,
    partnership_name  VARCHAR(200) NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE INDEX earnings_model_local_group ON earnings_model (local_group);
