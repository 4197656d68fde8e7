-- The event backbone's tables, shared by every service (Flyway location db/event-backbone).
-- Service migrations start at V1; backbone migrations stay below it.

-- Transactional outbox: written in the same transaction as the state change it describes,
-- relayed to Kafka in sequence order and marked published only after the broker acknowledged it.
CREATE TABLE outbox_event (
    sequence        BIGSERIAL PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    event_type      VARCHAR(200) NOT NULL,
    data_schema     VARCHAR(300) NOT NULL,
    topic           VARCHAR(200) NOT NULL,
    aggregate_id    VARCHAR(100) NOT NULL,
    payload         TEXT         NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    last_error      TEXT
);

CREATE INDEX outbox_event_unpublished ON outbox_event (sequence) WHERE published_at IS NULL;

-- Idempotent consumers: the id of every event a consumer has applied, stored in the same
-- transaction as the effect, so that a redelivered event has no second effect.
CREATE TABLE processed_event (
    consumer        VARCHAR(100) NOT NULL,
    event_id        VARCHAR(200) NOT NULL,
    event_type      VARCHAR(200) NOT NULL,
    processed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
