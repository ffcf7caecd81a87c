/**
 * The assessment issue: ENISA severity assessments (versioned), the ICO form's remaining fields, reports
 * to the regulator and other organisations, actions, and the columns the dashboard's clocks and
 * response times read. Backfills `contained_at` from the workflow history.
 */
export const sql = /* sql */ `
ALTER TABLE incidents ADD COLUMN regulator_delay_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN how_discovered TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN caused_by_cyber TEXT NOT NULL DEFAULT 'unknown' CHECK (caused_by_cyber IN ('yes','no','unknown'));
ALTER TABLE incidents ADD COLUMN likely_consequences TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN consequence_likelihood TEXT NOT NULL DEFAULT 'not_yet_known'
  CHECK (consequence_likelihood IN ('very_likely','likely','neutral','unlikely','very_unlikely','not_yet_known'));
ALTER TABLE incidents ADD COLUMN staff_involved TEXT NOT NULL DEFAULT 'unknown' CHECK (staff_involved IN ('yes','no','unknown'));
ALTER TABLE incidents ADD COLUMN staff_trained TEXT NOT NULL DEFAULT 'unknown' CHECK (staff_trained IN ('yes','no','unknown'));
ALTER TABLE incidents ADD COLUMN staff_details TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN prior_measures TEXT NOT NULL DEFAULT '';
-- The latest assessment's result, kept on the incident so the register can show it without a join.
ALTER TABLE incidents ADD COLUMN severity_band TEXT CHECK (severity_band IN ('low','medium','high','very_high'));
ALTER TABLE incidents ADD COLUMN severity_score REAL;
-- When the incident first reached "contained": the dashboard's time to containment.
ALTER TABLE incidents ADD COLUMN contained_at INTEGER;

UPDATE incidents SET contained_at = (
  SELECT min(h.at) FROM status_history h WHERE h.incident_id = incidents.id AND h.to_status = 'contained'
);

-- Open incidents still owing the regulator a decision or a notification, by awareness (their 72 h clock).
-- The columns of its WHERE are in it too, so counting them never visits the table.
CREATE INDEX incidents_awaiting_regulator ON incidents (discovered_at, seq, status, regulator_notify, regulator_notified_at)
  WHERE status <> 'closed' AND regulator_notified_at IS NULL AND (regulator_notify IS NULL OR regulator_notify = 1);
CREATE INDEX incidents_by_containment ON incidents (discovered_at, contained_at) WHERE contained_at IS NOT NULL;
CREATE INDEX incidents_by_regulator_notified ON incidents (discovered_at, regulator_notified_at)
  WHERE regulator_notified_at IS NOT NULL;

CREATE TABLE incident_data_categories (
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  category     TEXT NOT NULL CHECK (category IN ('racial_ethnic_origin','political_opinions','religious_beliefs','trade_union_membership','sex_life','sexual_orientation','gender_reassignment','health','basic_identifiers','identification_data','economic_financial','official_documents','location','genetic_biometric','criminal_convictions','not_yet_known','other')),
  PRIMARY KEY (incident_id, category)
) STRICT, WITHOUT ROWID;

CREATE TABLE incident_subject_categories (
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  category     TEXT NOT NULL CHECK (category IN ('employees','users','subscribers','students','customers','patients','children','vulnerable_adults','not_yet_known','other')),
  PRIMARY KEY (incident_id, category)
) STRICT, WITHOUT ROWID;

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
-- An incident's reports in the order they were made (then recorded).
CREATE INDEX regulator_reports_by_incident ON regulator_reports (incident_id, submitted_at, seq);

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
CREATE INDEX external_notifications_by_incident ON external_notifications (incident_id, notified_at, seq);

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
CREATE INDEX actions_by_incident ON actions (incident_id, seq);
-- Actions still to do, by due date: the dashboard's "actions due".
CREATE INDEX actions_open_by_due ON actions (due_at, seq, incident_id, status) WHERE status IN ('open', 'in_progress') AND due_at IS NOT NULL;
`;
