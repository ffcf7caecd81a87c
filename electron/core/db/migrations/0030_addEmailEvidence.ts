import { DOMAIN_CLASSES, TYPO_CLASSES } from '../../../../shared/domain/lookalike/classes';
import { EVIDENCE_SOURCES, RECIPIENT_FIELDS } from '../../../../shared/contract/emails';
import { GATEWAY_LOG_FORMATS } from '../../../../shared/contract/gatewayLogs';

/** `'a','b'` for a CHECK (… IN (…)) over a closed vocabulary; the values are our own constants, never input. */
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * The email issue: evidence files (content-addressed by SHA-256), gateway-log imports, and the messages
 * behind email incidents — one row per message and recipient, from an imported .eml or a gateway log.
 * Parties and incidents gain indexed views of the email domain and the sender, so related incidents are
 * found by index. Internal and partner domain lists are settings (data, not CHECKs).
 */
export const sql = /* sql */ `
CREATE TABLE evidence_blobs (
  sha256   TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size     INTEGER NOT NULL CHECK (size >= 0),
  content  BLOB NOT NULL
) STRICT;

CREATE TABLE evidence (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  sha256      TEXT NOT NULL REFERENCES evidence_blobs (sha256),
  file_name   TEXT NOT NULL CHECK (length(file_name) > 0),
  media_type  TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  source      TEXT NOT NULL CHECK (source IN (${list(EVIDENCE_SOURCES)})),
  added_at    INTEGER NOT NULL,
  added_by    TEXT NOT NULL,
  UNIQUE (incident_id, sha256)
) STRICT;
CREATE INDEX evidence_by_incident ON evidence (incident_id, seq);

CREATE TABLE gateway_imports (
  seq             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  file_name       TEXT NOT NULL,
  sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
  size            INTEGER NOT NULL CHECK (size >= 0),
  format          TEXT NOT NULL CHECK (format IN (${list(GATEWAY_LOG_FORMATS)})),
  row_count       INTEGER NOT NULL CHECK (row_count >= 0),
  message_count   INTEGER NOT NULL CHECK (message_count >= 0),
  imported_at     INTEGER NOT NULL,
  imported_by     TEXT NOT NULL
) STRICT;

CREATE TABLE email_messages (
  seq              INTEGER PRIMARY KEY,
  incident_id      TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  evidence_id      TEXT REFERENCES evidence (id) ON DELETE CASCADE,
  import_id        TEXT REFERENCES gateway_imports (id),
  sent_at          INTEGER,
  sender           TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  recipient        TEXT NOT NULL COLLATE NOCASE,
  recipient_domain TEXT NOT NULL COLLATE NOCASE,
  recipient_field  TEXT NOT NULL CHECK (recipient_field IN (${list(RECIPIENT_FIELDS)})),
  domain_class     TEXT NOT NULL CHECK (domain_class IN (${list(DOMAIN_CLASSES)})),
  lookalike_of     TEXT,
  typo_class       TEXT CHECK (typo_class IN (${list(TYPO_CLASSES)})),
  subject          TEXT NOT NULL DEFAULT '',
  message_id       TEXT NOT NULL DEFAULT '',
  party_id         TEXT REFERENCES parties (id),
  CHECK ((evidence_id IS NULL) <> (import_id IS NULL)),
  CHECK ((domain_class = 'lookalike') = (lookalike_of IS NOT NULL))
) STRICT;
CREATE INDEX email_messages_by_incident ON email_messages (incident_id, seq);
CREATE INDEX email_messages_by_domain   ON email_messages (recipient_domain, incident_id);
CREATE INDEX email_messages_by_sender   ON email_messages (sender, incident_id) WHERE sender <> '';
-- Removing an evidence file (with its incident) finds its messages by index; log rows carry no evidence.
CREATE INDEX email_messages_by_evidence ON email_messages (evidence_id) WHERE evidence_id IS NOT NULL;

-- Related incidents by domain and by sender, found by index rather than by scanning JSON.
ALTER TABLE parties ADD COLUMN email_domain TEXT GENERATED ALWAYS AS (
  CASE WHEN instr(email, '@') > 0 THEN lower(substr(email, instr(email, '@') + 1)) ELSE NULL END
) VIRTUAL;
CREATE INDEX parties_by_email_domain ON parties (email_domain) WHERE email_domain IS NOT NULL;

ALTER TABLE incidents ADD COLUMN sender_address TEXT GENERATED ALWAYS AS (
  nullif(lower(trim(json_extract(details, '$.sender'))), '')
) VIRTUAL;
CREATE INDEX incidents_by_sender_address ON incidents (sender_address) WHERE sender_address IS NOT NULL;

-- Incidents are found by their reference too: it is indexed with the title from now on.
UPDATE incident_search SET title = (SELECT reference || ' ' || title FROM incidents WHERE incidents.seq = incident_search.rowid);
`;
