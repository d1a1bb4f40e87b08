-- 0006: reviewers' overrides of final verdicts. Append-only: the code never updates or deletes a
-- row; the latest override of an (run, answer, item) is the final verdict while the answer's text
-- is the one it was made on (answer_hash), and every earlier one stays as the audit trail.
CREATE SEQUENCE override_ids START 1;
CREATE TABLE overrides (
    override_id     BIGINT PRIMARY KEY DEFAULT nextval('override_ids'),
    run_id          VARCHAR NOT NULL,
    answer_id       VARCHAR NOT NULL,
    answer_hash     VARCHAR NOT NULL,     -- the answer's content hash when it was overridden
    item_kind       VARCHAR NOT NULL,     -- criterion | flag
    item_id         VARCHAR NOT NULL,
    value           DOUBLE NOT NULL,      -- the reviewer's verdict (a level, or 0/1 for a flag)
    previous_value  DOUBLE,               -- the final verdict it replaced (NULL when that was unscored)
    previous_status VARCHAR NOT NULL,     -- scored | unscored
    previous_reason VARCHAR NOT NULL,
    reviewer        VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL,
    created_at      TIMESTAMP NOT NULL DEFAULT current_timestamp
);
