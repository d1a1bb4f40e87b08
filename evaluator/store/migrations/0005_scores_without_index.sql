-- 0005: scores without a primary-key index. DuckDB keeps ART indexes in memory: over tens of
-- millions of verdicts the index alone would pass our 2 GB budget and slow every insert. Each
-- (run, answer, item, scorer) stays unique because a batch's rows are replaced in one transaction
-- (delete, then insert), which the crash-and-resume test checks.
CREATE TABLE scores_unindexed (
    run_id      VARCHAR NOT NULL,
    answer_id   VARCHAR NOT NULL,
    item_kind   VARCHAR NOT NULL,        -- criterion | flag
    item_id     VARCHAR NOT NULL,
    scorer      VARCHAR NOT NULL,        -- keyword | classifier | llm | … | final
    value       DOUBLE,                  -- NULL exactly when unscored
    confidence  DOUBLE,
    status      VARCHAR NOT NULL,        -- scored | unscored
    reason      VARCHAR NOT NULL,
    evidence    JSON NOT NULL            -- [{"start","end","text"}] spans into the answer text
);
INSERT INTO scores_unindexed SELECT run_id, answer_id, item_kind, item_id, scorer, value, confidence, status,
    reason, evidence FROM scores;
DROP TABLE scores;
ALTER TABLE scores_unindexed RENAME TO scores;
