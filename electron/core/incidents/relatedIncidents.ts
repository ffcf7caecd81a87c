import type { Output, ParsedInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { domainClassifier } from '../domains/currentClassifier';
import { getIncidentOrThrow } from './incidentRepository';
import { SUMMARY_COLUMNS, toIncidentSummary, type IncidentSummaryRow } from './incidentRow';

type RelatedGroup = Output<'incidents:related'>['groups'][number];

/** Incidents listed per group; the count and the date of the first one cover them all. */
const LISTED = 20;
/** Lookalike domains and senders considered per incident (a gateway import may hold hundreds). */
const KEYS = 10;

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * The pattern behind an incident: other incidents with the same lookalike domain, the same sender, or the
 * same people. Every lookup goes by index (email_messages by domain and sender, parties by email domain,
 * incidents by sender address, involvements by party).
 */
export function relatedIncidents(ctx: CoreContext, input: ParsedInput<'incidents:related'>): Output<'incidents:related'> {
  const incident = getIncidentOrThrow(ctx.db, input.incidentId);
  const groups: RelatedGroup[] = [];
  for (const domain of lookalikeDomainsOf(ctx, incident.id)) {
    const ids = otherIncidentsWithDomain(ctx.db, domain, incident.id);
    if (ids.length) groups.push(group(ctx.db, 'domain', domain, ids, (n, since) => `${domain} has appeared in ${n} other ${plural(n)}${since}`));
  }
  for (const sender of sendersOf(ctx.db, incident.id)) {
    const ids = otherIncidentsFromSender(ctx.db, sender, incident.id);
    if (ids.length) groups.push(group(ctx.db, 'sender', sender, ids, (n, since) => `${sender} also sent the email in ${n} other ${plural(n)}${since}`));
  }
  const shared = incidentsSharingParties(ctx.db, incident.id);
  if (shared.length) {
    groups.push(group(ctx.db, 'party', 'parties', shared, (n, since) => `Shares people or organisations with ${n} other ${plural(n)}${since}`));
  }
  return { groups };
}

const plural = (n: number) => (n === 1 ? 'incident' : 'incidents');

function group(db: Db, basis: RelatedGroup['basis'], key: string, ids: readonly string[], say: (n: number, since: string) => string): RelatedGroup {
  const rows = db
    .prepare<[string], IncidentSummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM incidents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY discovered_at DESC, seq DESC`)
    .all(JSON.stringify(ids));
  const since = rows.length ? Math.min(...rows.map((r) => r.discovered_at)) : null;
  return {
    basis,
    key,
    summary: say(rows.length, since === null ? '' : ` since ${monthYear.format(since)}`),
    count: rows.length,
    since,
    incidents: rows.slice(0, LISTED).map(toIncidentSummary),
  };
}

/** The incident's recipient domains that imitate a configured domain: from its messages and its parties. */
function lookalikeDomainsOf(ctx: CoreContext, incidentId: string): string[] {
  const fromMessages = ctx.db
    .prepare<[string], { domain: string }>(
      `SELECT DISTINCT lower(recipient_domain) AS domain FROM email_messages WHERE incident_id = ? AND domain_class = 'lookalike' LIMIT ${KEYS}`,
    )
    .all(incidentId)
    .map((r) => r.domain);
  const classify = domainClassifier(ctx.db);
  const fromParties = ctx.db
    .prepare<[string], { domain: string }>(
      `SELECT DISTINCT p.email_domain AS domain FROM involvements v JOIN parties p ON p.id = v.party_id
       WHERE v.incident_id = ? AND p.email_domain IS NOT NULL LIMIT 200`,
    )
    .all(incidentId)
    .map((r) => r.domain)
    .filter((d) => classify(d).domainClass === 'lookalike');
  return [...new Set([...fromMessages, ...fromParties])].slice(0, KEYS);
}

function otherIncidentsWithDomain(db: Db, domain: string, incidentId: string): string[] {
  return db
    .prepare<[{ domain: string; incidentId: string }], { id: string }>(
      `SELECT incident_id AS id FROM email_messages WHERE recipient_domain = @domain AND incident_id <> @incidentId
       UNION
       SELECT v.incident_id FROM parties p JOIN involvements v ON v.party_id = p.id WHERE p.email_domain = @domain AND v.incident_id <> @incidentId`,
    )
    .all({ domain, incidentId })
    .map((r) => r.id);
}

function sendersOf(db: Db, incidentId: string): string[] {
  const fromDetails = db.prepare<[string], { sender: string | null }>('SELECT sender_address AS sender FROM incidents WHERE id = ?').get(incidentId)?.sender;
  const fromMessages = db
    .prepare<[string], { sender: string }>(`SELECT DISTINCT lower(sender) AS sender FROM email_messages WHERE incident_id = ? AND sender <> '' LIMIT ${KEYS}`)
    .all(incidentId)
    .map((r) => r.sender);
  return [...new Set([...(fromDetails ? [fromDetails] : []), ...fromMessages])].slice(0, KEYS);
}

function otherIncidentsFromSender(db: Db, sender: string, incidentId: string): string[] {
  return db
    .prepare<[{ sender: string; incidentId: string }], { id: string }>(
      `SELECT id FROM incidents WHERE sender_address = @sender AND id <> @incidentId
       UNION
       SELECT incident_id FROM email_messages WHERE sender = @sender AND sender <> '' AND incident_id <> @incidentId`,
    )
    .all({ sender, incidentId })
    .map((r) => r.id);
}

function incidentsSharingParties(db: Db, incidentId: string): string[] {
  return db
    .prepare<[string], { id: string }>(
      `SELECT DISTINCT other.incident_id AS id FROM involvements mine
       JOIN involvements other ON other.party_id = mine.party_id AND other.incident_id <> mine.incident_id
       WHERE mine.incident_id = ?`,
    )
    .all(incidentId)
    .map((r) => r.id);
}
