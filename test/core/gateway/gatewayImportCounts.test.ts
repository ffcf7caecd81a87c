import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOMAIN_CLASSES, domainOfAddress, type DomainClass } from '../../../shared/domain/lookalike';
import { domainClassifier } from '../../../electron/core/domains/currentClassifier';
import { createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { exchangeLog, exchangeRow } from '../../fixtures/emailFiles';
import { runImport } from '../../fixtures/logs/runImport';

/**
 * The import's counts on a generated Exchange log of a few thousand lines, against an independent reading
 * of the same text (papaparse, and the counting rules written out plainly here): however the reader and the
 * bookkeeping are made fast, every line, message, class, domain, party and stored row must stay the same.
 */

/** A small deterministic generator (a linear congruential one), so the log is the same on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return { next, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}

const DOMAINS = ['army.ml', 'navy.ml', 'us.army.ml', 'af.ml', 'mod.gov.uk', 'army.mil', 'nato.int', 'gmail.com', 'outlook.com', 'armyy.mil'];
const SUBJECTS = ['Movement orders', 'Crew list, final', 'Leave "roster"', 'Travel\r\nitinerary', '=HYPERLINK("x")', 'Zoë’s notes ✉'];

function generatedLog(lines: number): string {
  const rng = random(20_261_208);
  const addresses = Array.from({ length: 400 }, (_, i) => `person${i}@${rng.pick(DOMAINS)}`);
  const rows: string[] = [];
  let at = Date.UTC(2023, 0, 2, 7, 0);
  for (let n = 0; rows.length < lines; n++) {
    at += Math.floor(rng.next() * 600_000);
    const count = 1 + Math.floor(rng.next() * rng.next() * 4);
    // Case and angle brackets as Exchange sometimes writes them; the import reads them as one address.
    const recipients = Array.from({ length: count }, () => {
      const address = rng.pick(addresses);
      return rng.next() < 0.1 ? `<${address.toUpperCase()}>` : address;
    });
    const message = {
      recipients,
      sender: `officer${n % 7}@mod.gov.uk`,
      subject: `${rng.pick(SUBJECTS)} ${n}`,
      // A few lines carry no message id: each of those counts on its own.
      messageId: rng.next() < 0.05 ? '' : `<${n}.${Math.floor(rng.next() * 1e9)}@mod.gov.uk>`,
    };
    const sent = new Date(at).toISOString();
    // The same message in several events, the later one sometimes first; a DSN is the bounce to the sender.
    if (rng.next() < 0.5) rows.push(exchangeRow({ ...message, at: new Date(at + 900).toISOString(), event: 'SEND' }));
    rows.push(exchangeRow({ ...message, at: sent, event: 'RECEIVE' }));
    if (rng.next() < 0.3) rows.push(exchangeRow({ ...message, at: new Date(at + 1500).toISOString(), event: 'DELIVER' }));
    if (rng.next() < 0.05) rows.push(exchangeRow({ ...message, recipients: [message.sender], at: new Date(at + 2000).toISOString(), event: 'DSN' }));
  }
  return exchangeLog(rows.slice(0, lines));
}

type Expected = {
  rowCount: number;
  byClass: Record<DomainClass, number>;
  /** "message id or line\nrecipient" → earliest time, for the messages kept. */
  kept: Map<string, { recipient: string; messageId: string; sentAt: number; domain: string }>;
};

/** The counting rules, read off the text with papaparse rather than Casebook's reader. */
function expectedCounts(text: string, classify: ReturnType<typeof domainClassifier>): Expected {
  const records = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const headerAt = records.findIndex((r) => r[0]!.startsWith('#Fields:'));
  const header = [records[headerAt]![0]!.replace('#Fields: ', ''), ...records[headerAt]!.slice(1)];
  const col = (name: string) => header.indexOf(name);
  const byClass = Object.fromEntries(DOMAIN_CLASSES.map((c) => [c, 0])) as Record<DomainClass, number>;
  const seen = new Set<string>();
  const kept: Expected['kept'] = new Map();
  const data = records.slice(headerAt + 1);
  data.forEach((row, index) => {
    if (row[col('event-id')]!.toUpperCase() === 'DSN') return;
    // Exchange's own ids stand in for a missing Message-ID; a line with none cannot be matched and counts on its own.
    const messageId = row[col('message-id')] || row[col('network-message-id')] || row[col('internal-message-id')] || '';
    const id = messageId ? messageId.toLowerCase() : `row ${index}`;
    const sentAt = Date.parse(row[col('date-time')]!);
    for (const part of row[col('recipient-address')]!.split(';')) {
      const recipient = part.trim().replace(/^<|>$/g, '').toLowerCase();
      if (!recipient) continue;
      const key = `${id}\n${recipient}`;
      const earlier = kept.get(key);
      if (earlier) {
        earlier.sentAt = Math.min(earlier.sentAt, sentAt);
        continue;
      }
      if (seen.has(key)) continue;
      const c = classify(domainOfAddress(recipient) ?? '');
      byClass[c.domainClass] += 1;
      if (c.domainClass === 'lookalike') kept.set(key, { recipient, messageId, sentAt, domain: c.domain });
      else seen.add(key);
    }
  });
  return { rowCount: data.length, byClass, kept };
}

describe('gateway-log import: counts on a generated log', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  it('counts every line, message, class, domain and party as a plain reading of the same log does', async () => {
    const text = generatedLog(3_000);
    const expected = expectedCounts(text, domainClassifier(cb.db));
    const job = await runImport(cb, 'MSGTRK2023010207-1.LOG', text, { format: 'exchange' });
    expect(job.error).toBeNull();
    const result = job.result!;

    const byDomain = new Map<string, number>();
    for (const m of expected.kept.values()) byDomain.set(m.domain, (byDomain.get(m.domain) ?? 0) + 1);
    const recipients = new Set([...expected.kept.values()].map((m) => m.recipient));
    // The generated log exercises what it is meant to: several lookalike domains, and mail of every other kind dropped.
    expect(byDomain.size).toBeGreaterThan(2);
    expect(expected.byClass.internal + expected.byClass.partner + expected.byClass.external).toBeGreaterThan(100);

    expect(result.rowCount).toBe(expected.rowCount);
    expect(result.byClass).toEqual(expected.byClass);
    expect(result.messageCount).toBe(expected.kept.size);
    expect(new Map(result.groups.map((g) => [g.domain, g.messageCount]))).toEqual(byDomain);
    expect(result.partiesCreated).toBe(recipients.size);

    const stored = cb.db
      .prepare<[], { recipient: string; message_id: string; sent_at: number }>(
        'SELECT recipient, message_id, sent_at FROM email_messages ORDER BY recipient, message_id, sent_at',
      )
      .all();
    const want = [...expected.kept.values()]
      .map((m) => ({ recipient: m.recipient, message_id: m.messageId, sent_at: m.sentAt }))
      .sort((a, b) =>
        a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : a.message_id < b.message_id ? -1 : a.message_id > b.message_id ? 1 : a.sent_at - b.sent_at,
      );
    expect(stored).toEqual(want);
  });
});
