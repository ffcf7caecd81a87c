import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SORT_FIELDS, type IncidentSummary, type SortField } from '../../shared/contract/incidents';
import type { Input } from '../../shared/contract';
import { manualClock } from '../fixtures/builders';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

/** The workflow order of DOMAIN.md §6, which the register sorts statuses by. */
const STATUS_ORDER = ['reported', 'triage', 'investigating', 'contained', 'notifying', 'closed'];

/** SQLite's NOCASE: ASCII letters folded, everything else compared by code point. */
const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const byCodePoint = (a: string, b: string) => {
  const x = Array.from(a).map((c) => c.codePointAt(0)!);
  const y = Array.from(b).map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};
const referenceNumber = (ref: string) => {
  const [, year, n] = /^INC-(\d{4})-(\d+)$/.exec(ref)!;
  return Number(year) * 1_000_000 + Number(n);
};

/** How the register must order each field (ties are broken by recording order, in the same direction). */
const COMPARE: Record<SortField, (a: IncidentSummary, b: IncidentSummary) => number> = {
  reference: (a, b) => referenceNumber(a.reference) - referenceNumber(b.reference),
  title: (a, b) => byCodePoint(nocase(a.title), nocase(b.title)),
  kind: (a, b) => byCodePoint(a.kind, b.kind),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  recordMarking: (a, b) => byCodePoint(a.recordMarking, b.recordMarking),
  discoveredAt: (a, b) => a.discoveredAt - b.discoveredAt,
  owner: (a, b) => byCodePoint(nocase(a.owner), nocase(b.owner)),
  affectedCount: (a, b) => a.affectedCount - b.affectedCount,
  updatedAt: (a, b) => a.updatedAt - b.updatedAt,
};

type ListInput = Input<'incidents:list'>;

describe('the register (incidents:list)', () => {
  let cb: TestCasebook;
  /** Recording order of every incident: the tie-breaker. */
  const recorded: string[] = [];
  let all: IncidentSummary[];

  beforeAll(() => {
    const clock = manualClock(Date.UTC(2026, 2, 1, 9, 0));
    cb = createTestCasebook({ memory: true, now: clock.now });
    const titles = ['Alpha', 'alpha', 'Beta report', 'beta report', 'Émile’s laptop', 'zulu', 'Zulu', 'Mail to army.ml'];
    const owners = ['', 'claire', 'Claire', 'bob', 'Ömer'];
    const kinds = ['misdirected_email', 'lost_device', 'other', 'cyber'] as const;
    const markings = ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'] as const;
    for (let i = 0; i < 250; i += 1) {
      if (i % 7 === 0) clock.advance(60_000); // groups of seven share an update time
      const kind = kinds[i % kinds.length]!;
      let incident = cb.ok(
        'incidents:create',
        minimalIncident({
          kind,
          details: kind === 'misdirected_email' ? { actualRecipients: ['someone@army.ml'] } : {},
          title: titles[i % titles.length]!,
          owner: owners[(i * 3) % owners.length]!,
          recordMarking: markings[Math.floor(i / 3) % markings.length]!,
          discoveredAt: Date.UTC(2026, 1, 1 + (i % 6)),
        }),
      );
      recorded.push(incident.id);
      if (i % 11 === 0) cb.ok('involvements:link', { incidentId: incident.id, party: { new: { name: `Subject ${i}` } }, involvement: { roles: ['data_subject'] } });
      if (i % 22 === 0)
        cb.ok('involvements:link', { incidentId: incident.id, party: { new: { name: `Second ${i}` } }, involvement: { roles: ['data_subject', 'sender'] } });
      if (i % 3 === 1) incident = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'triage' });
      if (i % 9 === 2)
        incident = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'No breach', outcome: 'not_a_breach' });
    }
    all = recorded.map((id) => {
      const { incident: i } = cb.ok('incidents:get', { id });
      return {
        id: i.id,
        reference: i.reference,
        title: i.title,
        kind: i.kind,
        status: i.status,
        recordMarking: i.recordMarking,
        discoveredAt: i.discoveredAt,
        owner: i.owner,
        affectedCount: i.affectedCount,
        updatedAt: i.updatedAt,
        isDemo: i.isDemo,
        severityBand: i.severityBand,
        regulatorNotify: i.regulatorNotify,
        regulatorNotifiedAt: i.regulatorNotifiedAt,
      };
    });
  });
  afterAll(() => cb.close());

  /** Every page of a listing, following nextCursor to the end. */
  function everyPage(input: ListInput) {
    const pages: { items: IncidentSummary[]; total: number }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: IncidentSummary[]; total: number; nextCursor: string | null } = cb.ok('incidents:list', { ...input, cursor });
      pages.push(page);
      cursor = page.nextCursor;
      expect(pages.length).toBeLessThan(1000);
    } while (cursor !== null);
    return pages;
  }

  function expectedOrder(rows: IncidentSummary[], field: SortField, direction: 'asc' | 'desc') {
    const sign = direction === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => sign * (COMPARE[field](a, b) || recorded.indexOf(a.id) - recorded.indexOf(b.id))).map((r) => r.id);
  }

  it('has the test data it needs: ties in every sort field but the reference', () => {
    for (const field of SORT_FIELDS) {
      const distinct = new Set(all.map((r) => JSON.stringify(r[field])));
      if (field === 'reference') expect(distinct.size).toBe(250);
      else expect(distinct.size, field).toBeLessThan(100);
    }
    expect(new Set(all.map((r) => r.status))).toEqual(new Set(['reported', 'triage', 'closed']));
    expect(new Set(all.map((r) => r.affectedCount))).toEqual(new Set([0, 1, 2]));
  });

  it('sorts by discovery, most recent first, 100 to a page, by default', () => {
    const page = cb.ok('incidents:list', {});
    expect(page.total).toBe(250);
    expect(page.items).toHaveLength(100);
    expect(page.items.map((i) => i.id)).toEqual(expectedOrder(all, 'discoveredAt', 'desc').slice(0, 100));
    expect(page.nextCursor).not.toBeNull();
  });

  it.each(SORT_FIELDS.flatMap((f) => [[f, 'asc'] as const, [f, 'desc'] as const]))(
    'pages through every incident exactly once, in order, sorted by %s %s',
    (field, direction) => {
      const pages = everyPage({ sort: { field, direction }, limit: 7 });
      const ids = pages.flatMap((p) => p.items.map((i) => i.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expectedOrder(all, field, direction));
      for (const page of pages) expect(page.total).toBe(250);
      expect(pages.at(-1)!.items.length).toBeGreaterThan(0);
    },
  );

  it('returns no cursor when the last page is exactly full', () => {
    const pages = everyPage({ limit: 125 });
    expect(pages.map((p) => p.items.length)).toEqual([125, 125]);
  });

  it.each([
    ['statuses', { statuses: ['triage'] }, (r: IncidentSummary) => r.status === 'triage'],
    ['kinds', { kinds: ['cyber', 'lost_device'] }, (r: IncidentSummary) => r.kind === 'cyber' || r.kind === 'lost_device'],
    ['markings', { markings: ['SECRET', 'TOP SECRET'] }, (r: IncidentSummary) => r.recordMarking === 'SECRET' || r.recordMarking === 'TOP SECRET'],
    [
      'statuses, kinds and markings together',
      { statuses: ['reported', 'closed'], kinds: ['other'], markings: ['OFFICIAL'] },
      (r: IncidentSummary) => ['reported', 'closed'].includes(r.status) && r.kind === 'other' && r.recordMarking === 'OFFICIAL',
    ],
    ['text', { text: 'beta' }, (r: IncidentSummary) => /beta/i.test(r.title)],
    [
      'text and status',
      { text: 'army.ml', statuses: ['closed'] },
      (r: IncidentSummary) => (r.kind === 'misdirected_email' || r.title.includes('army.ml')) && r.status === 'closed',
    ],
  ] as const)('filters by %s, with the total counting every match, across pages', (_name, filter, matches) => {
    const expected = all.filter(matches);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(250);
    const pages = everyPage({ filter: filter as ListInput['filter'], sort: { field: 'title', direction: 'asc' }, limit: 9 });
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(expectedOrder(expected, 'title', 'asc'));
    for (const page of pages) expect(page.total).toBe(expected.length);
  });

  it('answers an empty page, no cursor and a zero total when nothing matches', () => {
    expect(cb.ok('incidents:list', { filter: { text: 'nothing-like-this' } })).toEqual({ items: [], nextCursor: null, total: 0 });
    expect(cb.ok('incidents:list', { filter: { statuses: ['notifying'] } })).toEqual({ items: [], nextCursor: null, total: 0 });
  });
});
