-- 0007: fairness audits (counterfactual variants re-scored) and what changed in each.
CREATE TABLE audits (
    audit_id     VARCHAR PRIMARY KEY,   -- from run, scorers, variant kinds, seed and sample size
    run_id       VARCHAR NOT NULL,
    scorers      VARCHAR NOT NULL,
    kinds        VARCHAR NOT NULL,
    seed         INTEGER NOT NULL,
    sample_limit INTEGER,               -- NULL: every answer of the run
    created_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    result       JSON NOT NULL          -- the whole --json document
);
CREATE TABLE audit_changes (
    audit_id        VARCHAR NOT NULL,
    answer_id       VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,   -- names | pronouns | spelling | fillers | typos | padding
    item_id         VARCHAR NOT NULL,
    scorer          VARCHAR NOT NULL,   -- final or one scorer
    value_before    DOUBLE NOT NULL,
    value_after     DOUBLE NOT NULL,
    evidence_before JSON NOT NULL,      -- quoted evidence texts
    evidence_after  JSON NOT NULL
);
