CREATE TABLE partnership (
    id            UUID PRIMARY KEY,
    local_group   VARCHAR(63)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    description   VARCHAR(4000),
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE UNIQUE INDEX partnership_name_per_local_group ON partnership (local_group, lower(name));
