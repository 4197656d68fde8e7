-- Typology axes of a partnership; the type A-D is derived from them, never stored.
ALTER TABLE partnership ADD COLUMN business_model VARCHAR(20);
ALTER TABLE partnership ADD COLUMN activities VARCHAR(20);

-- Partners: one row per period an organisation takes part; leaving closes the period, rejoining opens a new one.
CREATE TABLE partner (
    id                     UUID PRIMARY KEY,
    partnership_id         UUID          NOT NULL REFERENCES partnership (id),
    organisation_id        UUID          NOT NULL REFERENCES organisation (id),
    role                   VARCHAR(500)  NOT NULL,
    founding               BOOLEAN       NOT NULL,
    joined_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at                TIMESTAMP WITH TIME ZONE,
    products_and_services  JSONB         NOT NULL DEFAULT '[]',
    gain_creators          JSONB         NOT NULL DEFAULT '[]',
    pain_relievers         JSONB         NOT NULL DEFAULT '[]',
    version                BIGINT        NOT NULL
);

CREATE INDEX partner_partnership ON partner (partnership_id);
CREATE UNIQUE INDEX partner_active_once ON partner (partnership_id, organisation_id) WHERE left_at IS NULL;

-- The value chain: ordered activities with responsible partners and ordered sub-actions.
CREATE TABLE value_chain_activity (
    id                       UUID PRIMARY KEY,
    partnership_id           UUID          NOT NULL REFERENCES partnership (id),
    position                 INTEGER       NOT NULL,
    name                     VARCHAR(200)  NOT NULL,
    description              VARCHAR(2000),
    responsible_partner_ids  JSONB         NOT NULL DEFAULT '[]',
    responsibilities         JSONB         NOT NULL DEFAULT '[]',
    sub_actions              JSONB         NOT NULL DEFAULT '[]',
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT        NOT NULL
);

CREATE INDEX value_chain_activity_partnership ON value_chain_activity (partnership_id, position);
