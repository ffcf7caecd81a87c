/**
 * Issue 11 §3: work is never lost. A half-typed form is kept here, per account, so it survives navigation,
 * a reload and the lock, inside the encrypted register rather than in the browser's storage. Drafts are not
 * events: they are outside the audit chain and deleted when the form is submitted or discarded. The
 * new-incident form has no incident yet (incident_id NULL); every other form belongs to one incident, and
 * its drafts go with it. The unique index treats a missing incident as '' so the new-incident form has
 * one draft per account, not one per save.
 */
export const sql = /* sql */ `
CREATE TABLE drafts (
  account     TEXT NOT NULL CHECK (length(account) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('newIncident','incidentDetails','note','assessment','decisions')),
  incident_id TEXT REFERENCES incidents (id) ON DELETE CASCADE,
  form_values TEXT NOT NULL CHECK (json_valid(form_values) AND json_type(form_values) = 'object'),
  updated_at  INTEGER NOT NULL,
  CHECK ((kind = 'newIncident') = (incident_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX drafts_by_account_kind_incident ON drafts (account, kind, ifnull(incident_id, ''));
CREATE INDEX drafts_by_incident ON drafts (incident_id);
`;
