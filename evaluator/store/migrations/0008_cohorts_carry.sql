-- 0008: which answers a run covers (its cohort), answers a stopped scorer left unfinished, and
-- per-item hashes of each rubric, so a reviewer's override carries to a new run when neither the
-- answer's text nor the item's definition changed.
-- cohort: JSON {"kind": "all"} | {"kind": "inputs", "inputs": [...]} | {"kind": "named", "name": ...};
-- runs made before this migration scored every answer in the database.
ALTER TABLE runs ADD COLUMN cohort VARCHAR NOT NULL DEFAULT '{"kind": "all"}';
-- false: a scorer stopped (endpoint down, budget spent) before scoring this answer; the verdicts of
-- the scorers that finished are kept and the next run of the same command scores it again
ALTER TABLE run_answers ADD COLUMN complete BOOLEAN NOT NULL DEFAULT true;
-- an item's identity for carrying overrides: the hash of its definition as stored in the rubric
CREATE VIEW rubric_item_hashes AS
SELECT rubric_hash, item ->> 'id' AS item_id, md5(item::VARCHAR) AS item_hash
FROM (SELECT rubric_hash, unnest(json_extract(content, '$.criteria[*]')) AS item FROM rubrics
      UNION ALL
      SELECT rubric_hash, unnest(json_extract(content, '$.flags[*]')) AS item FROM rubrics);
