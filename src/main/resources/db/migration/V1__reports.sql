-- Reports received (upload or inbox), one per distinct content (sha256). Works on PostgreSQL and on H2 in
-- MODE=PostgreSQL (the embedded default).
CREATE TABLE report (
    id          UUID PRIMARY KEY,
    sha256      CHAR(64)      NOT NULL UNIQUE,
    file_name   VARCHAR(1000) NOT NULL,
    media_type  VARCHAR(200),
    size_bytes  BIGINT        NOT NULL,
    received_by VARCHAR(20)   NOT NULL,  -- upload | inbox
    status      VARCHAR(20)   NOT NULL,  -- queued | processing | needs_review | clean | approved | failed
    error       VARCHAR(4000),
    organ       VARCHAR(500),
    report_year INTEGER,
    form_version VARCHAR(20),
    attempts    INTEGER       NOT NULL DEFAULT 0,
    result_json TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_status_idx ON report (status);
CREATE INDEX report_organ_year_idx ON report (organ, report_year);
CREATE INDEX report_created_idx ON report (created_at);

-- The original bytes, stored in the same transaction as the report row (before the 202 is sent), so that
-- every instance sharing the database can read them.
CREATE TABLE report_file (
    report_id UUID PRIMARY KEY REFERENCES report (id),
    content   BYTEA NOT NULL
);

-- The rule ids of a report's findings, for the list's rule filter.
CREATE TABLE report_rule (
    report_id UUID        NOT NULL REFERENCES report (id),
    rule      VARCHAR(64) NOT NULL,
    PRIMARY KEY (report_id, rule)
);
CREATE INDEX report_rule_rule_idx ON report_rule (rule);
