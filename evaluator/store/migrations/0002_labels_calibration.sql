-- 0002: human labels, and calibration results (so rubric versions can be compared).
CREATE TABLE labels (
    source      VARCHAR NOT NULL,        -- file the label came from
    row_number  INTEGER NOT NULL,
    answer_id   VARCHAR,                 -- given, or NULL when named by transcript + question
    transcript_id VARCHAR,
    question_id VARCHAR,
    item_id     VARCHAR NOT NULL,
    rater       VARCHAR NOT NULL,
    value       DOUBLE,                  -- numeric level/score/0-1; NULL when only raw_value is known
    raw_value   VARCHAR NOT NULL,        -- as written in the file (e.g. a category name)
    note        VARCHAR,
    imported_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (source, row_number, item_id)
);
CREATE TABLE label_errors (
    source      VARCHAR NOT NULL,
    row_number  INTEGER,
    message     VARCHAR NOT NULL,
    recorded_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE calibrations (
    calibration_id VARCHAR PRIMARY KEY,
    run_id         VARCHAR NOT NULL,
    rubric_hash    VARCHAR NOT NULL,
    reference      VARCHAR NOT NULL,     -- which human labels: a rater id or 'consensus'
    cluster_by     VARCHAR NOT NULL,     -- bootstrap clusters: candidate | question | answer
    n_boot         INTEGER NOT NULL,
    created_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    result         JSON NOT NULL         -- the whole --json document
);
CREATE TABLE calibration_metrics (
    calibration_id VARCHAR NOT NULL,
    item_id        VARCHAR NOT NULL,
    scorer         VARCHAR NOT NULL,     -- keyword | classifier | llm | final | humans
    metric         VARCHAR NOT NULL,
    value          DOUBLE,
    ci_low         DOUBLE,
    ci_high        DOUBLE,
    n              INTEGER,
    PRIMARY KEY (calibration_id, item_id, scorer, metric)
);
