-- 0009: what ingest noticed and worked around without refusing the file: a speaker label read as
-- another ("Intervewer" → "Interviewer"), a third speaker, an odd label, roles that look swapped.
-- Written with the file's rows (a changed file replaces them; an unchanged one keeps them).
CREATE TABLE ingest_warnings (
    path          VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    transcript_id VARCHAR,
    line          INTEGER,               -- 1-based line in the file where the speaker first appears
    kind          VARCHAR NOT NULL,      -- speaker_label_corrected | extra_speaker | unexpected_label | roles_uncertain
    message       VARCHAR NOT NULL,
    recorded_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);
-- the source line of each turn, so a warning about an answer (a weak question match) can name it
ALTER TABLE turns ADD COLUMN line INTEGER;
