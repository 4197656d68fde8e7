-- Idempotent POSTs (org.weconomics.support.idempotency): the first response to a request that carried an
-- Idempotency-Key, stored in the transaction that made its effect, so that a retry replays it instead of
-- creating something new. Keys are per caller; rows older than the retention period are removed.
CREATE TABLE idempotency_key (
    caller               VARCHAR(200)  NOT NULL,
    idempotency_key      VARCHAR(200)  NOT NULL,
    request_fingerprint  VARCHAR(64)   NOT NULL,
    response_status      INTEGER,
    response_location    VARCHAR(2000),
    response_body        TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
