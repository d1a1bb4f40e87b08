-- 0004: the per-item order in which scorers decide the final verdict, fitted on human labels.
CREATE TABLE combine_rules (
    run_id     VARCHAR NOT NULL,
    item_id    VARCHAR NOT NULL,
    priority   JSON NOT NULL,        -- scorer names, first decides when it scored the item
    metric     VARCHAR NOT NULL,     -- kappa (flags, nominal) or qwk (ordinal/interval criteria)
    figures    JSON NOT NULL,        -- scorer → {"value": metric, "n": labelled answers used}
    reference  VARCHAR NOT NULL,     -- the human reference (a rater, or consensus)
    fitted_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (run_id, item_id)
);
