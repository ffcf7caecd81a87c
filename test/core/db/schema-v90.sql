-- index actions_by_incident on actions
CREATE INDEX actions_by_incident ON actions (incident_id, seq);

-- index actions_open_by_due on actions
CREATE INDEX actions_open_by_due ON actions (due_at, seq, incident_id, status) WHERE status IN ('open', 'in_progress') AND due_at IS NOT NULL;

-- index audit_log_by_incident on audit_log
CREATE INDEX audit_log_by_incident ON audit_log (incident_id, seq) WHERE incident_id IS NOT NULL;

-- index drafts_by_account_kind_incident on drafts
CREATE UNIQUE INDEX drafts_by_account_kind_incident ON drafts (account, kind, ifnull(incident_id, ''));

-- index drafts_by_incident on drafts
CREATE INDEX drafts_by_incident ON drafts (incident_id);

-- index email_messages_by_domain on email_messages
CREATE INDEX email_messages_by_domain   ON email_messages (recipient_domain, incident_id);

-- index email_messages_by_evidence on email_messages
CREATE INDEX email_messages_by_evidence ON email_messages (evidence_id) WHERE evidence_id IS NOT NULL;

-- index email_messages_by_incident on email_messages
CREATE INDEX email_messages_by_incident ON email_messages (incident_id, seq);

-- index email_messages_by_sender on email_messages
CREATE INDEX email_messages_by_sender   ON email_messages (sender, incident_id) WHERE sender <> '';

-- index evidence_by_incident on evidence
CREATE INDEX evidence_by_incident ON evidence (incident_id, seq);

-- index external_notifications_by_incident on external_notifications
CREATE INDEX external_notifications_by_incident ON external_notifications (incident_id, notified_at, seq);

-- index incidents_awaiting_regulator on incidents
CREATE INDEX incidents_awaiting_regulator ON incidents (discovered_at, seq, status, regulator_notify, regulator_notified_at)
  WHERE status <> 'closed' AND regulator_notified_at IS NULL;

-- index incidents_by_affected_count on incidents
CREATE INDEX incidents_by_affected_count ON incidents (affected_count, seq, status, kind, record_marking);

-- index incidents_by_containment on incidents
CREATE INDEX incidents_by_containment ON incidents (discovered_at, contained_at) WHERE contained_at IS NOT NULL;

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

-- index incidents_by_regulator_notified on incidents
CREATE INDEX incidents_by_regulator_notified ON incidents (discovered_at, regulator_notified_at)
  WHERE regulator_notified_at IS NOT NULL;

-- index incidents_by_sender_address on incidents
CREATE INDEX incidents_by_sender_address ON incidents (sender_address) WHERE sender_address IS NOT NULL;

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

-- index parties_by_email_domain on parties
CREATE INDEX parties_by_email_domain ON parties (email_domain) WHERE email_domain IS NOT NULL;

-- index parties_by_name on parties
CREATE INDEX parties_by_name ON parties (name, seq);

-- index regulator_reports_by_incident on regulator_reports
CREATE INDEX regulator_reports_by_incident ON regulator_reports (incident_id, submitted_at, seq);

-- index sqlite_autoindex_actions_1 on actions
-- (created by SQLite)

-- index sqlite_autoindex_assessments_1 on assessments
-- (created by SQLite)

-- index sqlite_autoindex_assessments_2 on assessments
-- (created by SQLite)

-- index sqlite_autoindex_audit_log_1 on audit_log
-- (created by SQLite)

-- index sqlite_autoindex_evidence_1 on evidence
-- (created by SQLite)

-- index sqlite_autoindex_evidence_2 on evidence
-- (created by SQLite)

-- index sqlite_autoindex_evidence_blobs_1 on evidence_blobs
-- (created by SQLite)

-- index sqlite_autoindex_external_notifications_1 on external_notifications
-- (created by SQLite)

-- index sqlite_autoindex_gateway_imports_1 on gateway_imports
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

-- index sqlite_autoindex_regulator_reports_1 on regulator_reports
-- (created by SQLite)

-- index sqlite_autoindex_settings_1 on settings
-- (created by SQLite)

-- index status_history_by_incident on status_history
CREATE INDEX status_history_by_incident ON status_history (incident_id, seq);

-- table actions on actions
CREATE TABLE actions (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  incident_id   TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('containment','recovery','preventive')),
  description   TEXT NOT NULL CHECK (length(description) > 0),
  owner         TEXT NOT NULL DEFAULT '',
  due_at        INTEGER,
  status        TEXT NOT NULL CHECK (status IN ('open','in_progress','done','cancelled')),
  completed_at  INTEGER,
  version       INTEGER NOT NULL CHECK (version >= 1),
  created_at    INTEGER NOT NULL,
  created_by    TEXT NOT NULL,
  updated_at    INTEGER NOT NULL,
  updated_by    TEXT NOT NULL,
  CHECK ((status = 'done') = (completed_at IS NOT NULL))
) STRICT;

-- table assessments on assessments
CREATE TABLE assessments (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  incident_id       TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  number            INTEGER NOT NULL CHECK (number >= 1),
  dpc_category      TEXT NOT NULL CHECK (dpc_category IN ('simple','behavioural','financial','sensitive')),
  dpc_adjustment    INTEGER NOT NULL CHECK (dpc_adjustment BETWEEN -3 AND 3),
  dpc_factors       TEXT NOT NULL CHECK (json_valid(dpc_factors)),
  ease              TEXT NOT NULL CHECK (ease IN ('negligible','limited','significant','maximum')),
  confidentiality   TEXT NOT NULL CHECK (confidentiality IN ('none','known_recipients','unknown_recipients')),
  integrity         TEXT NOT NULL CHECK (integrity IN ('none','recoverable','not_recoverable')),
  availability      TEXT NOT NULL CHECK (availability IN ('none','temporary','permanent')),
  malicious_intent  INTEGER NOT NULL CHECK (malicious_intent IN (0, 1)),
  dpc               REAL NOT NULL,
  ei                REAL NOT NULL,
  cb                REAL NOT NULL,
  score             REAL NOT NULL,
  band              TEXT NOT NULL CHECK (band IN ('low','medium','high','very_high')),
  people_affected   INTEGER CHECK (people_affected >= 0),
  records_affected  INTEGER CHECK (records_affected >= 0),
  unintelligible    INTEGER NOT NULL CHECK (unintelligible IN (0, 1)),
  notes             TEXT NOT NULL DEFAULT '',
  assessed_by       TEXT NOT NULL,
  assessed_at       INTEGER NOT NULL,
  UNIQUE (incident_id, number)
) STRICT;

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
, format INTEGER NOT NULL DEFAULT 1 CHECK (format BETWEEN 1 AND 2), key_id TEXT CHECK ((format = 1) = (key_id IS NULL)), signature TEXT CHECK (signature IS NULL OR key_id IS NOT NULL), sealed_summary TEXT, row_digests TEXT CHECK (row_digests IS NULL OR json_valid(row_digests))) STRICT;

-- table audit_row_states on audit_row_states
CREATE TABLE audit_row_states (
  table_name  TEXT PRIMARY KEY,
  state       BLOB NOT NULL
) STRICT, WITHOUT ROWID;

-- table data_keys on data_keys
CREATE TABLE data_keys (
  owner_type  TEXT NOT NULL CHECK (owner_type = 'incident' OR owner_type = 'party'),
  owner_id    TEXT NOT NULL,
  key         BLOB NOT NULL CHECK (length(key) = 32),
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (owner_type, owner_id)
) STRICT, WITHOUT ROWID;

-- table drafts on drafts
CREATE TABLE drafts (
  account     TEXT NOT NULL CHECK (length(account) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('newIncident','incidentDetails','note','assessment','decisions')),
  incident_id TEXT REFERENCES incidents (id) ON DELETE CASCADE,
  form_values TEXT NOT NULL CHECK (json_valid(form_values) AND json_type(form_values) = 'object'),
  updated_at  INTEGER NOT NULL,
  CHECK ((kind = 'newIncident') = (incident_id IS NULL))
) STRICT;

-- table email_messages on email_messages
CREATE TABLE email_messages (
  seq              INTEGER PRIMARY KEY,
  incident_id      TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  evidence_id      TEXT REFERENCES evidence (id) ON DELETE CASCADE,
  import_id        TEXT REFERENCES gateway_imports (id),
  sent_at          INTEGER,
  sender           TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  recipient        TEXT NOT NULL COLLATE NOCASE,
  recipient_domain TEXT NOT NULL COLLATE NOCASE,
  recipient_field  TEXT NOT NULL CHECK (recipient_field IN ('to','cc','bcc','unknown')),
  domain_class     TEXT NOT NULL CHECK (domain_class IN ('internal','partner','lookalike','external','invalid')),
  lookalike_of     TEXT,
  typo_class       TEXT CHECK (typo_class IN ('addition','bitsquatting','cyrillic','homoglyph','hyphenation','insertion','omission','plural','repetition','replacement','subdomain','transposition','vowel-swap','tld-swap','various')),
  subject          TEXT NOT NULL DEFAULT '',
  message_id       TEXT NOT NULL DEFAULT '',
  party_id         TEXT REFERENCES parties (id), domain_reason TEXT NOT NULL DEFAULT '',
  CHECK ((evidence_id IS NULL) <> (import_id IS NULL)),
  CHECK ((domain_class = 'lookalike') = (lookalike_of IS NOT NULL))
) STRICT;

-- table evidence on evidence
CREATE TABLE evidence (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  sha256      TEXT NOT NULL REFERENCES evidence_blobs (sha256),
  file_name   TEXT NOT NULL CHECK (length(file_name) > 0),
  media_type  TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  source      TEXT NOT NULL CHECK (source IN ('email','gateway_log')),
  added_at    INTEGER NOT NULL,
  added_by    TEXT NOT NULL,
  UNIQUE (incident_id, sha256)
) STRICT;

-- table evidence_attachments on evidence_attachments
CREATE TABLE evidence_attachments (
  evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  file_name   TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  PRIMARY KEY (evidence_id, position)
) STRICT, WITHOUT ROWID;

-- table evidence_blobs on evidence_blobs
CREATE TABLE evidence_blobs (
  sha256   TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size     INTEGER NOT NULL CHECK (size >= 0),
  content  BLOB NOT NULL
) STRICT;

-- table external_notifications on external_notifications
CREATE TABLE external_notifications (
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  incident_id      TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  recipient        TEXT NOT NULL CHECK (recipient IN ('police','other_regulator','government_security_group','ncsc','ministers_private_office','siro','dpo','permanent_secretary','other')),
  recipient_detail TEXT NOT NULL DEFAULT '',
  notified_at      INTEGER NOT NULL,
  reference        TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT '',
  recorded_by      TEXT NOT NULL,
  recorded_at      INTEGER NOT NULL
) STRICT;

-- table gateway_imports on gateway_imports
CREATE TABLE gateway_imports (
  seq             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  file_name       TEXT NOT NULL,
  sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
  size            INTEGER NOT NULL CHECK (size >= 0),
  format          TEXT NOT NULL CHECK (format IN ('exchange','m365','csv')),
  row_count       INTEGER NOT NULL CHECK (row_count >= 0),
  message_count   INTEGER NOT NULL CHECK (message_count >= 0),
  imported_at     INTEGER NOT NULL,
  imported_by     TEXT NOT NULL
) STRICT;

-- table incident_data_categories on incident_data_categories
CREATE TABLE incident_data_categories (
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  category     TEXT NOT NULL CHECK (category IN ('racial_ethnic_origin','political_opinions','religious_beliefs','trade_union_membership','sex_life','sexual_orientation','gender_reassignment','health','basic_identifiers','identification_data','economic_financial','official_documents','location','genetic_biometric','criminal_convictions','not_yet_known','other')),
  PRIMARY KEY (incident_id, category)
) STRICT, WITHOUT ROWID;

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

-- table incident_subject_categories on incident_subject_categories
CREATE TABLE incident_subject_categories (
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  category     TEXT NOT NULL CHECK (category IN ('employees','users','subscribers','students','customers','patients','children','vulnerable_adults','not_yet_known','other')),
  PRIMARY KEY (incident_id, category)
) STRICT, WITHOUT ROWID;

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
  updated_by            TEXT NOT NULL, regulator_delay_reason TEXT NOT NULL DEFAULT '', how_discovered TEXT NOT NULL DEFAULT '', caused_by_cyber TEXT NOT NULL DEFAULT 'unknown' CHECK (caused_by_cyber IN ('yes','no','unknown')), likely_consequences TEXT NOT NULL DEFAULT '', consequence_likelihood TEXT NOT NULL DEFAULT 'not_yet_known'
  CHECK (consequence_likelihood IN ('very_likely','likely','neutral','unlikely','very_unlikely','not_yet_known')), staff_involved TEXT NOT NULL DEFAULT 'unknown' CHECK (staff_involved IN ('yes','no','unknown')), staff_trained TEXT NOT NULL DEFAULT 'unknown' CHECK (staff_trained IN ('yes','no','unknown')), staff_details TEXT NOT NULL DEFAULT '', prior_measures TEXT NOT NULL DEFAULT '', severity_band TEXT CHECK (severity_band IN ('low','medium','high','very_high')), severity_score REAL, contained_at INTEGER, sender_address TEXT GENERATED ALWAYS AS (
  nullif(lower(trim(json_extract(details, '$.sender'))), '')
) VIRTUAL, decisions_need_review INTEGER NOT NULL DEFAULT 0 CHECK (decisions_need_review IN (0, 1)), public_account TEXT NOT NULL DEFAULT '',
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
, email_domain TEXT GENERATED ALWAYS AS (
  CASE WHEN instr(email, '@') > 0 THEN lower(substr(email, instr(email, '@') + 1)) ELSE NULL END
) VIRTUAL) STRICT;

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

-- table regulator_reports on regulator_reports
CREATE TABLE regulator_reports (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  incident_id   TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  report_type   TEXT NOT NULL CHECK (report_type IN ('initial','follow_up')),
  submitted_at  INTEGER NOT NULL,
  ico_reference TEXT NOT NULL DEFAULT '',
  delay_reason  TEXT NOT NULL DEFAULT '',
  notes         TEXT NOT NULL DEFAULT '',
  recorded_by   TEXT NOT NULL,
  recorded_at   INTEGER NOT NULL
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
