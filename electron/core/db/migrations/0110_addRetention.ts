/**
 * Retention and erasure (docs/retention.md): legal holds, erasure proposals awaiting a second account, the
 * marks an erasure leaves on an incident and a party, and FTS5's own secure-delete on both full-text
 * indexes — without it a deleted row's tokens stay in the index's segments even with PRAGMA secure_delete.
 */
export const sql = `
ALTER TABLE incidents ADD COLUMN personal_data_erased_at INTEGER;
ALTER TABLE incidents ADD COLUMN personal_data_erased_by TEXT NOT NULL DEFAULT '';
ALTER TABLE parties ADD COLUMN erased_at INTEGER;

CREATE TABLE legal_holds (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  subject_type  TEXT NOT NULL CHECK (subject_type IN ('incident','party')),
  subject_id    TEXT NOT NULL,
  reason        TEXT NOT NULL CHECK (length(reason) > 0),
  placed_at     INTEGER NOT NULL,
  placed_by     TEXT NOT NULL,
  UNIQUE (subject_type, subject_id)
) STRICT;

CREATE TABLE erasure_proposals (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  scope_type   TEXT NOT NULL CHECK (scope_type IN ('incident','party')),
  scope_id     TEXT NOT NULL,
  evidence     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence) AND json_type(evidence) = 'array'),
  status       TEXT NOT NULL CHECK (status IN ('proposed','confirmed','withdrawn')),
  proposed_by  TEXT NOT NULL,
  proposed_at  INTEGER NOT NULL,
  decided_by   TEXT NOT NULL DEFAULT '',
  decided_at   INTEGER,
  CHECK ((status = 'proposed') = (decided_at IS NULL))
) STRICT;

CREATE UNIQUE INDEX erasure_proposals_open_by_scope ON erasure_proposals (scope_type, scope_id) WHERE status = 'proposed';

INSERT INTO incident_search (incident_search, rank) VALUES ('secure-delete', 1);
INSERT INTO party_search (party_search, rank) VALUES ('secure-delete', 1);
`;
