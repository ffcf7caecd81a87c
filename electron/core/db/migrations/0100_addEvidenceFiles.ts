/**
 * Any file as evidence (issue 14 §2, docs/evidence.md): files attached to an incident are kept in the
 * register's own encrypted blob table beside the .eml files, one copy per SHA-256 however many incidents
 * cite it. The custody table records every add, export and removal of any evidence item and outlives the
 * item itself (no foreign key; UPDATE and DELETE refused, as for the audit log). Evidence already kept
 * gets its "added" record from the row that says who added it and when.
 */
export const sql = /* sql */ `
CREATE TABLE evidence_files (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  sha256      TEXT NOT NULL REFERENCES evidence_blobs (sha256),
  file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type  TEXT NOT NULL CHECK (length(media_type) > 0),
  size        INTEGER NOT NULL CHECK (size BETWEEN 0 AND 209715200),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  added_at    INTEGER NOT NULL,
  added_by    TEXT NOT NULL,
  UNIQUE (incident_id, sha256)
) STRICT;
CREATE INDEX evidence_files_by_incident ON evidence_files (incident_id, seq);
-- Whether any item still needs a blob is asked by hash, for files and for emails alike.
CREATE INDEX evidence_files_by_sha256 ON evidence_files (sha256);
CREATE INDEX evidence_by_sha256 ON evidence (sha256);

CREATE TABLE evidence_custody (
  seq         INTEGER PRIMARY KEY,
  evidence_id TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  file_name   TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('added','exported','removed')),
  at          INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  reason      TEXT,
  CHECK ((action = 'removed') = (reason IS NOT NULL AND length(trim(reason)) > 0))
) STRICT;
CREATE INDEX evidence_custody_by_evidence ON evidence_custody (evidence_id, seq);
CREATE INDEX evidence_custody_by_incident ON evidence_custody (incident_id, seq);
-- The one change a custody record takes: its file name (which may name a person) erased with the personal data.
CREATE TRIGGER evidence_custody_kept_unchanged BEFORE UPDATE ON evidence_custody
WHEN NOT (NEW.file_name = '[erased]' AND NEW.seq = OLD.seq AND NEW.evidence_id = OLD.evidence_id AND NEW.incident_id = OLD.incident_id
  AND NEW.sha256 = OLD.sha256 AND NEW.action = OLD.action AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.reason IS OLD.reason)
BEGIN SELECT RAISE(ABORT, 'evidence custody records cannot be changed'); END;
CREATE TRIGGER evidence_custody_kept BEFORE DELETE ON evidence_custody
BEGIN SELECT RAISE(ABORT, 'evidence custody records cannot be removed'); END;

INSERT INTO evidence_custody (evidence_id, incident_id, sha256, file_name, action, at, actor, reason)
  SELECT id, incident_id, sha256, file_name, 'added', added_at, added_by, NULL FROM evidence ORDER BY seq;
`;
