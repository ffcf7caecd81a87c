-- index audit_log_by_incident on audit_log
CREATE INDEX audit_log_by_incident ON audit_log (incident_id, seq) WHERE incident_id IS NOT NULL;

-- index incidents_by_affected_count on incidents
CREATE INDEX incidents_by_affected_count ON incidents (affected_count, seq, status, kind, record_marking);

-- index incidents_by_demo on incidents
CREATE INDEX incidents_by_demo           ON incidents (is_demo) WHERE is_demo = 1;

-- index incidents_by_discovered_at on incidents
CREATE INDEX incidents_by_discovered_at  ON incidents (discovered_at, seq, status, kind, record_marking);

-- index incidents_by_kind on incidents
CREATE INDEX incidents_by_kind           ON incidents (kind, seq, status, record_marking);

-- index incidents_by_owner on incidents
CREATE INDEX incidents_by_owner          ON incidents (owner, seq, status, kind, record_marking);

-- index incidents_by_record_marking on incidents
CREATE INDEX incidents_by_record_marking ON incidents (record_marking, seq, status, kind);

-- index incidents_by_reference_sort on incidents
CREATE INDEX incidents_by_reference_sort ON incidents (reference_sort, seq, status, kind, record_marking);

-- index incidents_by_status on incidents
CREATE INDEX incidents_by_status         ON incidents (status, seq, kind, record_marking);

-- index incidents_by_status_rank on incidents
CREATE INDEX incidents_by_status_rank    ON incidents (status_rank, seq, status, kind, record_marking);

-- index incidents_by_title on incidents
CREATE INDEX incidents_by_title          ON incidents (title, seq, status, kind, record_marking);

-- index incidents_by_updated_at on incidents
CREATE INDEX incidents_by_updated_at     ON incidents (updated_at, seq, status, kind, record_marking);

-- index involvements_by_incident on involvements
CREATE INDEX involvements_by_incident ON involvements (incident_id, seq);

-- index involvements_by_party on involvements
CREATE INDEX involvements_by_party ON involvements (party_id, incident_id);

-- index notes_by_incident on notes
CREATE INDEX notes_by_incident ON notes (incident_id, seq);

-- index parties_by_email on parties
CREATE UNIQUE INDEX parties_by_email ON parties (email) WHERE email <> '';

-- index parties_by_name on parties
CREATE INDEX parties_by_name ON parties (name, seq);

-- index sqlite_autoindex_audit_log_1 on audit_log
-- (created by SQLite)

-- index sqlite_autoindex_incidents_1 on incidents
-- (created by SQLite)

-- index sqlite_autoindex_incidents_2 on incidents
-- (created by SQLite)

-- index sqlite_autoindex_incidents_3 on incidents
-- (created by SQLite)

-- index sqlite_autoindex_involvements_1 on involvements
-- (created by SQLite)

-- index sqlite_autoindex_notes_1 on notes
-- (created by SQLite)

-- index sqlite_autoindex_parties_1 on parties
-- (created by SQLite)

-- index sqlite_autoindex_settings_1 on settings
-- (created by SQLite)

-- index status_history_by_incident on status_history
CREATE INDEX status_history_by_incident ON status_history (incident_id, seq);

-- table audit_log on audit_log
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

-- table incident_search on incident_search
CREATE VIRTUAL TABLE incident_search USING fts5 (
  title, body, parties,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- table incident_search_config on incident_search_config
CREATE TABLE 'incident_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table incident_search_content on incident_search_content
CREATE TABLE 'incident_search_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

-- table incident_search_data on incident_search_data
CREATE TABLE 'incident_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table incident_search_docsize on incident_search_docsize
CREATE TABLE 'incident_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table incident_search_idx on incident_search_idx
CREATE TABLE 'incident_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table incidents on incidents
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

-- table involvement_data_categories on involvement_data_categories
CREATE TABLE involvement_data_categories (
  involvement_seq  INTEGER NOT NULL REFERENCES involvements (seq) ON DELETE CASCADE,
  category         TEXT NOT NULL CHECK (category IN ('racial_ethnic_origin','political_opinions','religious_beliefs','trade_union_membership','sex_life','sexual_orientation','gender_reassignment','health','basic_identifiers','identification_data','economic_financial','official_documents','location','genetic_biometric','criminal_convictions','not_yet_known','other')),
  PRIMARY KEY (involvement_seq, category)
) STRICT, WITHOUT ROWID;

-- table involvement_roles on involvement_roles
CREATE TABLE involvement_roles (
  involvement_seq  INTEGER NOT NULL REFERENCES involvements (seq) ON DELETE CASCADE,
  role             TEXT NOT NULL CHECK (role IN ('data_subject','unintended_recipient','sender','data_owner','third_party','other')),
  PRIMARY KEY (involvement_seq, role)
) STRICT, WITHOUT ROWID;

-- table involvements on involvements
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

-- table notes on notes
CREATE TABLE notes (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  body         TEXT NOT NULL CHECK (length(body) > 0),
  author       TEXT NOT NULL,
  created_at   INTEGER NOT NULL
) STRICT;

-- table parties on parties
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

-- table party_search on party_search
CREATE VIRTUAL TABLE party_search USING fts5 (
  name, email, organisation,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- table party_search_config on party_search_config
CREATE TABLE 'party_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table party_search_content on party_search_content
CREATE TABLE 'party_search_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

-- table party_search_data on party_search_data
CREATE TABLE 'party_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table party_search_docsize on party_search_docsize
CREATE TABLE 'party_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table party_search_idx on party_search_idx
CREATE TABLE 'party_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table reference_counters on reference_counters
CREATE TABLE reference_counters (
  year        INTEGER PRIMARY KEY,
  last_number INTEGER NOT NULL CHECK (last_number >= 0)
) STRICT;

-- table settings on settings
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

-- table status_history on status_history
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

-- trigger audit_log_no_delete on audit_log
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- trigger audit_log_no_update on audit_log
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
