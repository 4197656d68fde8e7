-- Canvas templates as versioned data: one row per template version, keeping the whole bilingual document
-- (the format of canvas-templates/README.md). A version never changes once written; canvases point at it.
CREATE TABLE canvas_template (
    template_key  VARCHAR(100) NOT NULL,
    version       INTEGER      NOT NULL,
    document      JSONB        NOT NULL,
    shipped       BOOLEAN      NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (template_key, version)
);
