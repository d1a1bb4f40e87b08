-- 0001: the core schema: sources, transcripts, turns, answers, rubrics, runs, scores, errors.
CREATE TABLE sources (
    source_id     VARCHAR PRIMARY KEY,   -- sha256(path + content hash), first 16 hex chars
    path          VARCHAR NOT NULL,
    format        VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    size_bytes    BIGINT NOT NULL,
    status        VARCHAR NOT NULL,      -- ingested | partial | skipped
    n_transcripts INTEGER NOT NULL DEFAULT 0,
    n_answers     INTEGER NOT NULL DEFAULT 0,
    n_row_errors  INTEGER NOT NULL DEFAULT 0,
    error         VARCHAR,
    ingested_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE candidates (
    candidate_id  VARCHAR PRIMARY KEY,
    display_name  VARCHAR,
    first_seen_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE transcripts (
    transcript_id     VARCHAR PRIMARY KEY,
    source_id         VARCHAR NOT NULL,
    candidate_id      VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,  -- interview | written
    candidate_speaker VARCHAR,
    interviewers      JSON,
    n_turns           INTEGER NOT NULL,
    metadata          JSON
);
CREATE TABLE turns (
    transcript_id VARCHAR NOT NULL,
    idx           INTEGER NOT NULL,
    speaker       VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    start_s       DOUBLE,
    PRIMARY KEY (transcript_id, idx)
);
CREATE TABLE answers (
    answer_id     VARCHAR PRIMARY KEY,
    transcript_id VARCHAR NOT NULL,
    candidate_id  VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    question      VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    question_id   VARCHAR,               -- as given in the input (written answers)
    is_small_talk BOOLEAN NOT NULL,
    turn_start    INTEGER,
    turn_end      INTEGER,
    content_hash  VARCHAR NOT NULL,      -- sha256 of question + text + given question_id
    metadata      JSON
);
CREATE TABLE rubrics (
    rubric_hash VARCHAR PRIMARY KEY,
    rubric_id   VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    title       VARCHAR,
    path        VARCHAR,
    content     JSON NOT NULL,
    loaded_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE runs (
    run_id         VARCHAR PRIMARY KEY,  -- derived from rubric hash + scorers: same config, same run
    rubric_hash    VARCHAR NOT NULL,
    rubric_id      VARCHAR NOT NULL,
    rubric_version VARCHAR NOT NULL,
    scorers        VARCHAR NOT NULL,     -- comma-separated, as configured
    config         JSON,
    status         VARCHAR NOT NULL,     -- running | complete | interrupted
    created_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    updated_at     TIMESTAMP NOT NULL DEFAULT current_timestamp
);
-- which answers a run covered and how each was matched to a rubric question
CREATE TABLE run_answers (
    run_id       VARCHAR NOT NULL,
    answer_id    VARCHAR NOT NULL,
    answer_hash  VARCHAR NOT NULL,
    question_id  VARCHAR,
    match_score  DOUBLE,
    matched_by   VARCHAR NOT NULL,       -- given | similarity | none
    n_items      INTEGER NOT NULL,
    scored_at    TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (run_id, answer_id)
);
CREATE TABLE scores (
    run_id      VARCHAR NOT NULL,
    answer_id   VARCHAR NOT NULL,
    item_kind   VARCHAR NOT NULL,        -- criterion | flag
    item_id     VARCHAR NOT NULL,
    scorer      VARCHAR NOT NULL,        -- keyword | classifier | llm | … | final
    value       DOUBLE,                  -- NULL exactly when unscored
    confidence  DOUBLE,
    status      VARCHAR NOT NULL,        -- scored | unscored
    reason      VARCHAR NOT NULL,
    evidence    JSON NOT NULL,           -- [{"start","end","text"}] spans into the answer text
    PRIMARY KEY (run_id, answer_id, item_id, scorer)
);
CREATE TABLE ingest_errors (
    path         VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    line         INTEGER,
    message      VARCHAR NOT NULL,
    fatal        BOOLEAN NOT NULL,       -- true: the whole file was skipped; false: one row
    recorded_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
