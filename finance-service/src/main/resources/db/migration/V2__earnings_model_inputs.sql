-- The inputs of an earnings model. Figures are never stored: they are calculated on every read, so
-- they always follow the inputs. Amounts and quantities are NUMERIC without a fixed scale: the
-- calculation is exact, rounding happens only where a figure is shown or allocated.

-- Partners (mirrored from the partnership's events; id = the partnership service's partner id) and
-- external suppliers (entered here).
CREATE TABLE model_party (
    id                 UUID PRIMARY KEY,
    earnings_model_id  UUID         NOT NULL REFERENCES earnings_model (id),
    kind               VARCHAR(20)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    organisation_id    UUID,
    sector             VARCHAR(30),
    role               VARCHAR(500),
    founding           BOOLEAN      NOT NULL,
    has_left           BOOLEAN      NOT NULL,
    position           INTEGER      NOT NULL
);
CREATE INDEX model_party_model ON model_party (earnings_model_id);

-- The value chain mirrored from the partnership (id = its activity id), with the figures entered here.
CREATE TABLE cost_activity (
    id                    UUID PRIMARY KEY,
    earnings_model_id     UUID         NOT NULL REFERENCES earnings_model (id),
    name                  VARCHAR(200) NOT NULL,
    position              INTEGER      NOT NULL,
    responsible_party_id  UUID,
    orphaned              BOOLEAN      NOT NULL
);
CREATE INDEX cost_activity_model ON cost_activity (earnings_model_id);

CREATE TABLE cost_sub_action (
    cost_activity_id       UUID         NOT NULL REFERENCES cost_activity (id) ON DELETE CASCADE,
    position               INTEGER      NOT NULL,
    sub_action_id          UUID         NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    responsible_party_id   UUID,
    carried_by             UUID,
    cost_per_unit          NUMERIC,
    quantity_per_customer  NUMERIC,
    PRIMARY KEY (cost_activity_id, position)
);

-- The four pricing methods; a method is filled in when its leading figure is present.
CREATE TABLE pricing_input (
    earnings_model_id       UUID PRIMARY KEY REFERENCES earnings_model (id),
    fixed_price             NUMERIC,
    fixed_price_subsidy     NUMERIC,
    fixed_margin_target     NUMERIC,
    fixed_margin_unit       VARCHAR(10),
    fixed_margin_subsidy    NUMERIC,
    market_position         VARCHAR(10),
    market_subsidy          NUMERIC,
    added_value_reference   NUMERIC,
    added_value_premium     NUMERIC,
    added_value_unit        VARCHAR(10),
    added_value_kind        VARCHAR(20),
    added_value_subsidy     NUMERIC,
    chosen_method           VARCHAR(30)
);

CREATE TABLE pricing_market_alternative (
    earnings_model_id  UUID         NOT NULL REFERENCES pricing_input (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER      NOT NULL,
    name               VARCHAR(200),
    price              NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);

-- The margin distribution rule.
CREATE TABLE distribution_rule (
    earnings_model_id  UUID PRIMARY KEY REFERENCES earnings_model (id),
    distribution_key   VARCHAR(30) NOT NULL
);

CREATE TABLE distribution_percentage (
    earnings_model_id  UUID    NOT NULL REFERENCES distribution_rule (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    party_id           VARCHAR(64),
    percentage         NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);

CREATE TABLE distribution_incentive (
    earnings_model_id  UUID    NOT NULL REFERENCES distribution_rule (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    party_id           VARCHAR(64),
    kind               VARCHAR(30),
    value              NUMERIC,
    unit               VARCHAR(10),
    PRIMARY KEY (earnings_model_id, position)
);

CREATE TABLE distribution_bound (
    earnings_model_id  UUID    NOT NULL REFERENCES distribution_rule (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    party_id           VARCHAR(64),
    floor_amount       NUMERIC,
    cap_amount         NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);

-- Investments, revenue base with scenario overrides, yearly cost lines.
CREATE TABLE projection_input (
    earnings_model_id     UUID PRIMARY KEY REFERENCES earnings_model (id),
    horizon_years         INTEGER,
    revenue_price         NUMERIC,
    revenue_subsidy       NUMERIC,
    revenue_given         BOOLEAN NOT NULL
);

CREATE TABLE projection_base_volume (
    earnings_model_id  UUID    NOT NULL REFERENCES projection_input (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    year               INTEGER,
    volume             NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);

CREATE TABLE projection_scenario (
    earnings_model_id  UUID    NOT NULL REFERENCES projection_input (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    scenario           VARCHAR(10),
    price              NUMERIC,
    subsidy_per_unit   NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);

CREATE TABLE projection_scenario_volume (
    earnings_model_id  UUID    NOT NULL REFERENCES projection_input (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    scenario_position  INTEGER NOT NULL,
    year               INTEGER,
    volume             NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);

CREATE TABLE projection_investment (
    earnings_model_id  UUID    NOT NULL REFERENCES projection_input (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    party_id           VARCHAR(64),
    year               INTEGER,
    item               VARCHAR(200),
    amount             NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);

CREATE TABLE projection_yearly_cost_line (
    earnings_model_id  UUID    NOT NULL REFERENCES projection_input (earnings_model_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    party_id           VARCHAR(64),
    item               VARCHAR(200),
    cost_per_piece     NUMERIC,
    quantity           NUMERIC,
    PRIMARY KEY (earnings_model_id, position)
);
