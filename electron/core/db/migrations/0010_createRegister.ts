/**
 * The register: incidents, parties and how they are involved, notes, the workflow's history, settings,
 * and the hash-chained audit log. Shipped: never edit; add a new migration instead.
 */
export const sql = /* sql */ `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE reference_counters (
  year        INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL CHECK (last_number >= 0)
) STRICT;

CREATE TABLE incidents (
  seq                   INTEGER PRIMARY KEY,
  id                    TEXT NOT NULL UNIQUE,
  reference             TEXT NOT NULL UNIQUE,
  reference_sort        INTEGER NOT NULL UNIQUE,
  kind                  TEXT NOT NULL CHECK (kind IN ('misdirected_email','cc_exposure','misdirected_post','lost_document','lost_device','unauthorised_disclosure','insecure_disposal','cyber','other')),
  details               TEXT NOT NULL CHECK (json_valid(details)),
  title                 TEXT NOT NULL COLLATE NOCASE CHECK (length(title) > 0),
  description           TEXT NOT NULL DEFAULT '',
  business_unit         TEXT NOT NULL DEFAULT '',
  reporting_officer     TEXT NOT NULL DEFAULT '',
  owner                 TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  occurred_at           INTEGER,
  discovered_at         INTEGER NOT NULL,
  reported_at           INTEGER,
  record_marking        TEXT NOT NULL CHECK (record_marking IN ('OFFICIAL','OFFICIAL-SENSITIVE','SECRET','TOP SECRET')),
  material_marking      TEXT CHECK (material_marking IN ('OFFICIAL','OFFICIAL-SENSITIVE','SECRET','TOP SECRET')),
  material_item_count   INTEGER CHECK (material_item_count >= 0),
  status                TEXT NOT NULL CHECK (status IN ('reported','triage','investigating','contained','notifying','closed')),
  -- The workflow's order, so sorting by status reads reported → closed rather than alphabetically.
  status_rank           INTEGER GENERATED ALWAYS AS (CASE status WHEN 'reported' THEN 0 WHEN 'triage' THEN 1 WHEN 'investigating' THEN 2 WHEN 'contained' THEN 3 WHEN 'notifying' THEN 4 WHEN 'closed' THEN 5 END) VIRTUAL,
  outcome               TEXT CHECK (outcome IN ('breach','near_miss','not_a_breach','duplicate')),
  duplicate_of          TEXT REFERENCES incidents (id) ON DELETE SET NULL,
  regulator_notify      INTEGER CHECK (regulator_notify IN (0, 1)),
  regulator_rationale   TEXT NOT NULL DEFAULT '',
  regulator_decided_at  INTEGER,
  regulator_decided_by  TEXT NOT NULL DEFAULT '',
  regulator_notified_at INTEGER,
  ico_reference         TEXT NOT NULL DEFAULT '',
  subjects_notify       INTEGER CHECK (subjects_notify IN (0, 1)),
  subjects_rationale    TEXT NOT NULL DEFAULT '',
  subjects_exemption    TEXT CHECK (subjects_exemption IN ('not_high_risk','unintelligible','measures_taken','disproportionate_effort')),
  subjects_decided_at   INTEGER,
  subjects_decided_by   TEXT NOT NULL DEFAULT '',
  root_cause            TEXT NOT NULL DEFAULT '',
  lessons               TEXT NOT NULL DEFAULT '',
  affected_count        INTEGER NOT NULL DEFAULT 0 CHECK (affected_count >= 0),
  party_count           INTEGER NOT NULL DEFAULT 0 CHECK (party_count >= 0),
  is_demo               INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version               INTEGER NOT NULL CHECK (version >= 1),
  created_at            INTEGER NOT NULL,
  created_by            TEXT NOT NULL,
  updated_at            INTEGER NOT NULL,
  updated_by            TEXT NOT NULL,
  CHECK ((status = 'closed') = (outcome IS NOT NULL)),
  CHECK ((outcome = 'duplicate') = (duplicate_of IS NOT NULL) OR (outcome IS NULL AND duplicate_of IS NULL))
) STRICT;

-- One index per sortable column of the register, ending in seq for keyset pagination, then the filter
-- columns, so a filtered page is read in sort order straight from the index (the list query names the
-- index) and rows failing the filter are skipped without visiting the table.
CREATE INDEX incidents_by_reference_sort ON incidents (reference_sort, seq, status, kind, record_marking);
CREATE INDEX incidents_by_title          ON incidents (title, seq, status, kind, record_marking);
CREATE INDEX incidents_by_kind           ON incidents (kind, seq, status, record_marking);
CREATE INDEX incidents_by_status         ON incidents (status, seq, kind, record_marking);
CREATE INDEX incidents_by_status_rank    ON incidents (status_rank, seq, status, kind, record_marking);
CREATE INDEX incidents_by_record_marking ON incidents (record_marking, seq, status, kind);
CREATE INDEX incidents_by_discovered_at  ON incidents (discovered_at, seq, status, kind, record_marking);
CREATE INDEX incidents_by_owner          ON incidents (owner, seq, status, kind, record_marking);
CREATE INDEX incidents_by_affected_count ON incidents (affected_count, seq, status, kind, record_marking);
CREATE INDEX incidents_by_updated_at     ON incidents (updated_at, seq, status, kind, record_marking);
CREATE INDEX incidents_by_demo           ON incidents (is_demo) WHERE is_demo = 1;

-- Full-text search over everything an officer may remember about an incident: its words, its
-- details (addresses, places), its notes, and the names and addresses of its parties.
-- rowid = incidents.seq. '.' and '@' separate tokens, so "army.ml" is searched as the phrase "army ml".
CREATE VIRTUAL TABLE incident_search USING fts5 (
  title, body, parties,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE status_history (
  seq          INTEGER PRIMARY KEY,
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  from_status  TEXT NOT NULL CHECK (from_status IN ('reported','triage','investigating','contained','notifying','closed')),
  to_status    TEXT NOT NULL CHECK (to_status IN ('reported','triage','investigating','contained','notifying','closed')),
  reason       TEXT NOT NULL DEFAULT '',
  outcome      TEXT CHECK (outcome IN ('breach','near_miss','not_a_breach','duplicate')),
  actor        TEXT NOT NULL,
  at           INTEGER NOT NULL
) STRICT;
CREATE INDEX status_history_by_incident ON status_history (incident_id, seq);

CREATE TABLE notes (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  body         TEXT NOT NULL CHECK (length(body) > 0),
  author       TEXT NOT NULL,
  created_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX notes_by_incident ON notes (incident_id, seq);

CREATE TABLE parties (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  type          TEXT NOT NULL CHECK (type IN ('person','organisation')),
  name          TEXT NOT NULL COLLATE NOCASE CHECK (length(name) > 0),
  email         TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  phone         TEXT NOT NULL DEFAULT '',
  organisation  TEXT NOT NULL DEFAULT '',
  notes         TEXT NOT NULL DEFAULT '',
  is_demo       INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  version       INTEGER NOT NULL CHECK (version >= 1),
  created_at    INTEGER NOT NULL,
  created_by    TEXT NOT NULL,
  updated_at    INTEGER NOT NULL,
  updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX parties_by_name ON parties (name, seq);
-- One party per address: linking the same address twice finds the existing party.
CREATE UNIQUE INDEX parties_by_email ON parties (email) WHERE email <> '';

-- rowid = parties.seq
CREATE VIRTUAL TABLE party_search USING fts5 (
  name, email, organisation,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE involvements (
  seq                  INTEGER PRIMARY KEY,
  incident_id          TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  party_id             TEXT NOT NULL REFERENCES parties (id) ON DELETE RESTRICT,
  notification_status  TEXT NOT NULL CHECK (notification_status IN ('undecided','not_required','pending','notified','unable_to_contact')),
  notified_at          INTEGER,
  notification_method  TEXT CHECK (notification_method IN ('email','letter','phone','in_person','public_notice','other')),
  version              INTEGER NOT NULL CHECK (version >= 1),
  created_at           INTEGER NOT NULL,
  updated_at           INTEGER NOT NULL,
  updated_by           TEXT NOT NULL,
  UNIQUE (incident_id, party_id),
  CHECK ((notification_status = 'notified') = (notified_at IS NOT NULL AND notification_method IS NOT NULL))
) STRICT;
CREATE INDEX involvements_by_incident ON involvements (incident_id, seq);
CREATE INDEX involvements_by_party ON involvements (party_id, incident_id);

CREATE TABLE involvement_roles (
  involvement_seq  INTEGER NOT NULL REFERENCES involvements (seq) ON DELETE CASCADE,
  role             TEXT NOT NULL CHECK (role IN ('data_subject','unintended_recipient','sender','data_owner','third_party','other')),
  PRIMARY KEY (involvement_seq, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE involvement_data_categories (
  involvement_seq  INTEGER NOT NULL REFERENCES involvements (seq) ON DELETE CASCADE,
  category         TEXT NOT NULL CHECK (category IN ('racial_ethnic_origin','political_opinions','religious_beliefs','trade_union_membership','sex_life','sexual_orientation','gender_reassignment','health','basic_identifiers','identification_data','economic_financial','official_documents','location','genetic_biometric','criminal_convictions','not_yet_known','other')),
  PRIMARY KEY (involvement_seq, category)
) STRICT, WITHOUT ROWID;

-- Append-only and hash-chained. Entries name what they concern by id, without foreign keys:
-- they outlive what they describe (removing demo data is itself an audited act).
CREATE TABLE audit_log (
  seq          INTEGER PRIMARY KEY,
  at           INTEGER NOT NULL,
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  entity_type  TEXT NOT NULL,
  entity_id    TEXT NOT NULL,
  incident_id  TEXT,
  summary      TEXT NOT NULL,
  changes      TEXT NOT NULL CHECK (json_valid(changes)),
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_log_by_incident ON audit_log (incident_id, seq) WHERE incident_id IS NOT NULL;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;
