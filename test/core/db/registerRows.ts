/**
 * Rows a register held at each schema version, written as the code of that day wrote them: plain SQL
 * against that version's tables, so they stay valid however the core changes. Each version's rows fill
 * the tables it introduced; a register "created at version N" holds the rows of every version up to N.
 * When a migration is added, the previous latest version needs its rows here (the snapshot test asks).
 */
export const ROWS_AT: Readonly<Record<number, string>> = {
  10: /* sql */ `
INSERT INTO settings (key, value) VALUES ('organisation', '{"name":"Departmental Security"}');
INSERT INTO reference_counters (year, last_number) VALUES (2025, 2);

INSERT INTO incidents (id, reference, reference_sort, kind, details, title, description, business_unit, reporting_officer, owner,
  occurred_at, discovered_at, reported_at, record_marking, material_marking, material_item_count, status, outcome,
  regulator_notify, regulator_rationale, regulator_decided_at, regulator_decided_by, affected_count, party_count,
  version, created_at, created_by, updated_at, updated_by)
VALUES
  ('00000000-0000-4000-8000-000000000101', 'INC-2025-0001', 2025000001, 'misdirected_email', '{"sender":" J.Harper@MOD.gov.uk "}',
   'Pay list emailed to army.ml', 'Sent to a look-alike domain.', 'Finance', 'Sam Reporter', 'Olu Officer',
   1740823200000, 1740826800000, 1740830400000, 'OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE', 1, 'closed', 'breach',
   1, 'Pay data of 40 staff', 1740900000000, 'Olu Officer', 1, 1,
   6, 1740830400000, 'Olu Officer', 1741000000000, 'Olu Officer'),
  ('00000000-0000-4000-8000-000000000102', 'INC-2025-0002', 2025000002, 'lost_device', '{}',
   'Laptop left on a train', '', '', '', '',
   NULL, 1741100000000, NULL, 'OFFICIAL', NULL, NULL, 'contained', NULL,
   NULL, '', NULL, '', 0, 0,
   3, 1741100000000, 'Olu Officer', 1741200000000, 'Olu Officer');
INSERT INTO incident_search (rowid, title, body, parties) VALUES
  (1, 'Pay list emailed to army.ml', 'Sent to a look-alike domain. J.Harper@MOD.gov.uk', 'Jo Harper jo.harper@army.ml'),
  (2, 'Laptop left on a train', '', '');

INSERT INTO status_history (incident_id, from_status, to_status, reason, outcome, actor, at) VALUES
  ('00000000-0000-4000-8000-000000000101', 'reported', 'triage', '', NULL, 'Olu Officer', 1740840000000),
  ('00000000-0000-4000-8000-000000000101', 'triage', 'contained', 'Recalled', NULL, 'Olu Officer', 1740850000000),
  ('00000000-0000-4000-8000-000000000101', 'contained', 'closed', 'Notified', 'breach', 'Olu Officer', 1741000000000),
  ('00000000-0000-4000-8000-000000000102', 'reported', 'contained', 'Remote wipe', NULL, 'Olu Officer', 1741200000000);
INSERT INTO notes (id, incident_id, body, author, created_at) VALUES
  ('00000000-0000-4000-8000-000000000301', '00000000-0000-4000-8000-000000000101', 'Recipient confirmed deletion.', 'Olu Officer', 1740860000000);

INSERT INTO parties (id, type, name, email, phone, organisation, notes, version, created_at, created_by, updated_at, updated_by) VALUES
  ('00000000-0000-4000-8000-000000000201', 'person', 'Jo Harper', 'jo.harper@army.ml', '', '', '', 1, 1740830400000, 'Olu Officer', 1740830400000, 'Olu Officer');
INSERT INTO party_search (rowid, name, email, organisation) VALUES (1, 'Jo Harper', 'jo.harper@army.ml', '');
INSERT INTO involvements (incident_id, party_id, notification_status, notified_at, notification_method, version, created_at, updated_at, updated_by) VALUES
  ('00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000201', 'notified', 1740870000000, 'email', 2, 1740830400000, 1740870000000, 'Olu Officer');
INSERT INTO involvement_roles (involvement_seq, role) VALUES (1, 'unintended_recipient'), (1, 'data_subject');
INSERT INTO involvement_data_categories (involvement_seq, category) VALUES (1, 'basic_identifiers'), (1, 'economic_financial');

INSERT INTO audit_log (at, actor, action, entity_type, entity_id, incident_id, summary, changes, prev_hash, hash) VALUES
  (1740830400000, 'Olu Officer', 'create', 'incident', '00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000101',
   'Recorded INC-2025-0001', '{"title":"Pay list emailed to army.ml"}', '${'0'.repeat(64)}', '${'a'.repeat(64)}');
`,
  20: /* sql */ `
UPDATE incidents SET caused_by_cyber = 'no', consequence_likelihood = 'unlikely', severity_band = 'medium', severity_score = 2.5
  WHERE id = '00000000-0000-4000-8000-000000000101';
INSERT INTO incident_data_categories (incident_id, category) VALUES ('00000000-0000-4000-8000-000000000101', 'economic_financial');
INSERT INTO incident_subject_categories (incident_id, category) VALUES ('00000000-0000-4000-8000-000000000101', 'employees');
INSERT INTO assessments (id, incident_id, number, dpc_category, dpc_adjustment, dpc_factors, ease, confidentiality, integrity, availability,
  malicious_intent, dpc, ei, cb, score, band, people_affected, records_affected, unintelligible, notes, assessed_by, assessed_at)
VALUES ('00000000-0000-4000-8000-000000000401', '00000000-0000-4000-8000-000000000101', 1, 'financial', 0, '[]', 'limited',
  'known_recipients', 'none', 'none', 0, 3, 0.5, 0.25, 2.5, 'medium', 40, 40, 0, '', 'Olu Officer', 1740880000000);
INSERT INTO regulator_reports (id, incident_id, report_type, submitted_at, ico_reference, recorded_by, recorded_at) VALUES
  ('00000000-0000-4000-8000-000000000501', '00000000-0000-4000-8000-000000000101', 'initial', 1740890000000, 'IC-12345-A1B2', 'Olu Officer', 1740890000000);
INSERT INTO external_notifications (id, incident_id, recipient, notified_at, recorded_by, recorded_at) VALUES
  ('00000000-0000-4000-8000-000000000601', '00000000-0000-4000-8000-000000000101', 'dpo', 1740880000000, 'Olu Officer', 1740880000000);
INSERT INTO actions (id, incident_id, kind, description, owner, due_at, status, completed_at, version, created_at, created_by, updated_at, updated_by) VALUES
  ('00000000-0000-4000-8000-000000000701', '00000000-0000-4000-8000-000000000102', 'preventive', 'Remind staff about travel', '', 1742000000000,
   'open', NULL, 1, 1741200000000, 'Olu Officer', 1741200000000, 'Olu Officer');
`,
  30: /* sql */ `
INSERT INTO evidence_blobs (sha256, size, content) VALUES ('${'b'.repeat(64)}', 5, X'48656C6C6F');
INSERT INTO evidence (id, incident_id, sha256, file_name, media_type, size, source, added_at, added_by) VALUES
  ('00000000-0000-4000-8000-000000000801', '00000000-0000-4000-8000-000000000101', '${'b'.repeat(64)}', 'pay-list.eml', 'message/rfc822',
   5, 'email', 1740830400000, 'Olu Officer');
INSERT INTO gateway_imports (id, file_name, sha256, size, format, row_count, message_count, imported_at, imported_by) VALUES
  ('00000000-0000-4000-8000-000000000901', 'MSGTRK20250301.LOG', '${'c'.repeat(64)}', 2048, 'exchange', 12, 1, 1740840000000, 'Olu Officer');
INSERT INTO email_messages (incident_id, evidence_id, import_id, sent_at, sender, recipient, recipient_domain, recipient_field, domain_class,
  lookalike_of, typo_class, subject, message_id, party_id) VALUES
  ('00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000801', NULL, 1740826800000, 'pay@example.gov.uk', 'jo.harper@army.ml',
   'army.ml', 'to', 'lookalike', 'army.mil', 'tld-swap', 'Pay list', '<1@example.gov.uk>', '00000000-0000-4000-8000-000000000201'),
  ('00000000-0000-4000-8000-000000000101', NULL, '00000000-0000-4000-8000-000000000901', 1740826900000, 'pay@example.gov.uk', 'ops@army.ml',
   'army.ml', 'cc', 'lookalike', 'army.mil', 'tld-swap', 'Pay list', '<1@example.gov.uk>', NULL);
`,
  40: /* sql */ `
UPDATE incidents SET decisions_need_review = 1 WHERE id = '00000000-0000-4000-8000-000000000101';
`,
  50: /* sql */ `
INSERT INTO drafts (account, kind, incident_id, form_values, updated_at) VALUES
  ('Olu Officer', 'note', '00000000-0000-4000-8000-000000000101', '{"body":"Recipient has not replied yet"}', 1740900000000),
  ('Olu Officer', 'newIncident', NULL, '{"title":"Laptop left on a train"}', 1740900060000);
`,
  60: /* sql */ `
INSERT INTO evidence_attachments (evidence_id, position, file_name, media_type, size) VALUES
  ('00000000-0000-4000-8000-000000000801', 0, 'pay-list.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 20480);
UPDATE email_messages SET domain_reason = 'army.ml imitates army.mil — .mil → .ml (the ''i'' omitted)' WHERE recipient = 'ops@army.ml';
`,
  70: /* sql */ `
UPDATE incidents SET regulator_notify = 0 WHERE id = '00000000-0000-4000-8000-000000000102';
`,
  80: /* sql */ `
UPDATE incidents SET public_account = 'On 1 March we emailed a pay list to the wrong address. Contact our DPO.'
  WHERE id = '00000000-0000-4000-8000-000000000101';
`,
  90: /* sql */ `
INSERT INTO data_keys (owner_type, owner_id, key, created_at) VALUES
  ('incident', '00000000-0000-4000-8000-000000000101', X'${'ab'.repeat(32)}', 1741100000000);
INSERT INTO audit_row_states (table_name, state) VALUES ('incidents', X'${'cd'.repeat(32)}');
`,
  100: /* sql */ `
INSERT INTO evidence_blobs (sha256, size, content) VALUES ('${'d'.repeat(64)}', 4, X'89504E47');
INSERT INTO evidence_files (id, incident_id, sha256, file_name, media_type, size, description, added_at, added_by) VALUES
  ('00000000-0000-4000-8000-000000000a01', '00000000-0000-4000-8000-000000000102', '${'d'.repeat(64)}', 'train-seat.png', 'image/png', 4,
   'Photo of the seat where the laptop was left', 1741150000000, 'Olu Officer');
INSERT INTO evidence_custody (evidence_id, incident_id, sha256, file_name, action, at, actor, reason) VALUES
  ('00000000-0000-4000-8000-000000000a01', '00000000-0000-4000-8000-000000000102', '${'d'.repeat(64)}', 'train-seat.png', 'added', 1741150000000, 'Olu Officer', NULL),
  ('00000000-0000-4000-8000-000000000a01', '00000000-0000-4000-8000-000000000102', '${'d'.repeat(64)}', 'train-seat.png', 'exported', 1741160000000, 'Olu Officer', NULL);
`,
  110: /* sql */ `
INSERT INTO legal_holds (id, subject_type, subject_id, reason, placed_at, placed_by) VALUES
  ('00000000-0000-4000-8000-000000001101', 'incident', '00000000-0000-4000-8000-000000000102', 'ICO investigation', 1741300000000, 'Olu Officer');
INSERT INTO erasure_proposals (id, scope_type, scope_id, evidence, status, proposed_by, proposed_at) VALUES
  ('00000000-0000-4000-8000-000000001102', 'incident', '00000000-0000-4000-8000-000000000101', '[]', 'proposed', 'Olu Officer', 1741300000000);
`,
};
