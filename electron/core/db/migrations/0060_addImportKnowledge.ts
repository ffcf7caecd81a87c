/**
 * Issue 11: what the import knew stays on the incident. Each message row keeps why its recipient's domain
 * was classified as it was at import time (the lists can change later, and the officer must still see why
 * army.ml was called a lookalike); rows imported before this keep an empty reason. Each .eml kept as
 * evidence keeps the names, types and sizes of its attachments, which the file holds but nobody should
 * have to re-parse to read.
 */
export const sql = /* sql */ `
ALTER TABLE email_messages ADD COLUMN domain_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE evidence_attachments (
  evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  PRIMARY KEY (evidence_id, position)
) STRICT, WITHOUT ROWID;
`;
