-- Assessments of a partnership: each partner's own (a private draft until submitted, then frozen) and the
-- revisions of the agreed view the local group sets. Rows are never changed after submission: they are the history.
CREATE TABLE assessment (
    id              UUID PRIMARY KEY,
    partnership_id  UUID          NOT NULL REFERENCES partnership (id),
    partner_id      UUID,
    kind            VARCHAR(10)   NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    revision        INTEGER       NOT NULL,
    content         JSONB         NOT NULL,
    author          VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL
);

CREATE INDEX assessment_partnership ON assessment (partnership_id, submitted_at);
-- One open draft per partner; one row per revision of a partner's and of the agreed assessments.
CREATE UNIQUE INDEX assessment_one_draft ON assessment (partnership_id, partner_id) WHERE state = 'DRAFT';
CREATE UNIQUE INDEX assessment_partner_revision ON assessment (partnership_id, partner_id, revision) WHERE kind = 'PARTNER';
CREATE UNIQUE INDEX assessment_agreed_revision ON assessment (partnership_id, revision) WHERE kind = 'AGREED';

-- Questionnaire answers, one set per partner; a question left out is skipped.
CREATE TABLE questionnaire_answers (
    id              UUID PRIMARY KEY,
    partnership_id  UUID          NOT NULL REFERENCES partnership (id),
    partner_id      UUID          NOT NULL,
    answers         JSONB         NOT NULL,
    answered_by     VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE UNIQUE INDEX questionnaire_answers_per_partner ON questionnaire_answers (partnership_id, partner_id);
