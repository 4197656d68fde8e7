CREATE TABLE canvas (
    id                UUID PRIMARY KEY,
    local_group       VARCHAR(63)  NOT NULL,
    partnership_id    UUID,
    template_key      VARCHAR(100) NOT NULL,
    template_version  INTEGER      NOT NULL,
    title             VARCHAR(200) NOT NULL,
    topic             VARCHAR(2000),
    status            VARCHAR(20)  NOT NULL,
    facilitator       VARCHAR(100) NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE INDEX canvas_local_group ON canvas (local_group);
CREATE INDEX canvas_partnership ON canvas (partnership_id);
