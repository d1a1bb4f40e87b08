-- 0003: every LLM call (cache and audit trail), and the output mode detected per endpoint.
CREATE TABLE llm_calls (
    call_id        VARCHAR PRIMARY KEY,   -- call_key + attempt
    call_key       VARCHAR NOT NULL,      -- endpoint, model, mode, parameters, prompt hash, sample index
    run_id         VARCHAR,
    answer_id      VARCHAR,
    endpoint       VARCHAR NOT NULL,
    model          VARCHAR NOT NULL,
    output_mode    VARCHAR NOT NULL,
    template_hash  VARCHAR NOT NULL,
    prompt_hash    VARCHAR NOT NULL,
    sample_index   INTEGER NOT NULL,
    attempt        INTEGER NOT NULL,
    request        JSON NOT NULL,
    raw_response   VARCHAR,
    parsed         JSON,                  -- the validated verdict document, NULL when unusable
    input_tokens   INTEGER,
    output_tokens  INTEGER,
    latency_ms     DOUBLE,
    cost_usd       DOUBLE,                -- NULL when the model has no price in the table
    error          VARCHAR,               -- NULL on success
    created_at     TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE INDEX llm_calls_key ON llm_calls (call_key);
CREATE TABLE llm_endpoints (
    endpoint     VARCHAR NOT NULL,
    model        VARCHAR NOT NULL,
    output_mode  VARCHAR NOT NULL,
    detected_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (endpoint, model)
);
