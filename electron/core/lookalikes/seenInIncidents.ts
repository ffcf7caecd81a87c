import type { Db } from '../db/openDatabase';

/**
 * For each domain, the number of distinct incidents in which it has appeared: as a recipient's domain in
 * an imported message, or as the domain of a linked party's address. Both lookups are by index
 * (email_messages_by_domain, parties_by_email_domain), whatever the number of domains asked about.
 */
export function incidentsSeenPerDomain(db: Db, domains: readonly string[]): Map<string, number> {
  if (domains.length === 0) return new Map();
  const rows = db
    .prepare<[string], { domain: string; incidents: number }>(
      `WITH wanted (domain) AS (SELECT DISTINCT lower(value) FROM json_each(?)),
       appearances (domain, incident_id) AS (
         SELECT w.domain, m.incident_id FROM wanted w JOIN email_messages m ON m.recipient_domain = w.domain
         UNION
         SELECT w.domain, v.incident_id FROM wanted w
           JOIN parties p ON p.email_domain = w.domain
           JOIN involvements v ON v.party_id = p.id
       )
       SELECT domain, count(DISTINCT incident_id) AS incidents FROM appearances GROUP BY domain`,
    )
    .all(JSON.stringify(domains));
  return new Map(rows.map((r) => [r.domain, r.incidents]));
}
