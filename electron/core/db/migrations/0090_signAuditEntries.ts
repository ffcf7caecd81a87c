/**
 * Issue 12 §5: audit entries carry their format, the key that signed their write (every entry of a
 * write names it; the last one holds the Ed25519 signature over its hash), and personal values are
 * encrypted under one data key per incident and per party, destroyed to erase them; the last entry of each
 * write holds the digests of the tables it touched, so verify finds rows edited outside the trail
 * (docs/audit-format.md).
 */
export const sql = /* sql */ `
ALTER TABLE audit_log ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format BETWEEN 1 AND 2);
ALTER TABLE audit_log ADD COLUMN key_id TEXT CHECK ((format = 1) = (key_id IS NULL));
ALTER TABLE audit_log ADD COLUMN signature TEXT CHECK (signature IS NULL OR key_id IS NOT NULL);
-- The summary's personal parts, sealed; the summary holds numbered places for them.
ALTER TABLE audit_log ADD COLUMN sealed_summary TEXT;
-- The digest of each audited table a write touched, after it (docs/audit-format.md), as JSON.
ALTER TABLE audit_log ADD COLUMN row_digests TEXT CHECK (row_digests IS NULL OR json_valid(row_digests));

-- Each audited table's running lattice hash, so a write updates its digest by the rows it touched. Not
-- evidence of anything: verify recomputes the states from the tables and compares them with the log.
CREATE TABLE audit_row_states (
  table_name  TEXT PRIMARY KEY,
  state       BLOB NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE data_keys (
  owner_type  TEXT NOT NULL CHECK (owner_type = 'incident' OR owner_type = 'party'),
  owner_id    TEXT NOT NULL,
  key         BLOB NOT NULL CHECK (length(key) = 32),
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (owner_type, owner_id)
) STRICT, WITHOUT ROWID;
`;
