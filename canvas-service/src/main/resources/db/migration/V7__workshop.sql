-- The one-day workshop of the method (issue 15): its plan, participants, agenda, afternoon steps and shared timer.
-- Lists that are only ever read and written whole with the workshop (facilitators, participants, agenda, steps) are
-- JSON columns; the workshop's version covers them, so one If-Match guards every part of the plan.
CREATE TABLE workshop (
    id                       UUID PRIMARY KEY,
    local_group              VARCHAR(63)   NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    workshop_date            DATE          NOT NULL,
    start_time               TIME          NOT NULL,
    end_time                 TIME          NOT NULL,
    place                    VARCHAR(500),
    link                     VARCHAR(2000),
    language                 VARCHAR(2)    NOT NULL,
    variant                  VARCHAR(20)   NOT NULL,
    case_text                VARCHAR(20000),
    format                   VARCHAR(30)   NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    facilitators             JSONB         NOT NULL,
    participants             JSONB         NOT NULL,
    agenda                   JSONB         NOT NULL,
    steps                    JSONB         NOT NULL,
    -- The afternoon step the group is at, an index into steps; null before the first.
    current_step             INTEGER,
    -- The shared timer of the current step: stopped, running or paused.
    timer_state              VARCHAR(10)   NOT NULL,
    -- While running: when it last started; the time left is timer_remaining_seconds minus what passed since.
    timer_started_at         TIMESTAMP WITH TIME ZONE,
    timer_remaining_seconds  INTEGER,
    -- The client's quickscan answers by question key, and when they became draft notes on the CMC.
    quickscan_answers        JSONB         NOT NULL DEFAULT '{}',
    quickscan_drafted_at     TIMESTAMP WITH TIME ZONE,
    created_by               VARCHAR(100)  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT        NOT NULL
);

CREATE INDEX workshop_local_group ON workshop (local_group, workshop_date);

-- The canvases a workshop set up for its afternoon; a canvas outside a workshop has none.
ALTER TABLE canvas ADD COLUMN workshop_id UUID REFERENCES workshop (id) ON DELETE SET NULL;
CREATE INDEX canvas_workshop ON canvas (workshop_id);
