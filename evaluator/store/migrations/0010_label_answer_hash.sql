-- 0010: the content hash of the answer a label resolved to when it was imported, so a label whose
-- answer changed since (e.g. a re-segmented transcript renumbered its answers) is reported, not used.
ALTER TABLE labels ADD COLUMN answer_hash VARCHAR;
