import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCasebook, minimalIncident, type TestCasebook } from '../fixtures/db';

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('the lookalike block list', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
    cb.ok('domains:update', { internal: ['mod.gov.uk'], partners: ['army.mil', 'gov.uk'] });
  });
  afterEach(() => cb.close());

  it('includes the suffix typos dnstwist never makes, with their class and reason', () => {
    const { sources, items } = cb.ok('lookalikes:generate', { domains: ['army.mil'] });
    expect(sources).toEqual(['army.mil']);
    const ml = items.find((l) => l.domain === 'army.ml');
    expect(ml).toMatchObject({ part: 'suffix', source: 'army.mil', seenInIncidents: 0 });
    expect(ml!.reason).toContain('.mil → .ml');
    expect(new Set(items.map((l) => l.domain)).size).toBe(items.length);
  });

  it('never lists a domain the department trusts, so the block list cannot stop mail to a partner', () => {
    const { items } = cb.ok('lookalikes:generate', {});
    const trusted = cb.ok('domains:classify', { domains: items.map((l) => l.domain).slice(0, 1000) }).items;
    expect(trusted.filter((c) => c.domainClass === 'internal' || c.domainClass === 'partner')).toEqual([]);
    expect(items.some((l) => l.domain.endsWith('.gov.uj'))).toBe(true);
  });

  it('marks the lookalikes already seen in incidents, counting each incident once', () => {
    const a = cb.ok('incidents:create', minimalIncident());
    const b = cb.ok('incidents:create', minimalIncident());
    for (const [incidentId, email] of [
      [a.id, 'one@army.ml'],
      [a.id, 'two@army.ml'],
      [b.id, 'three@army.ml'],
    ] as const) {
      cb.ok('involvements:link', { incidentId, party: { new: { name: email, email } }, involvement: { roles: ['unintended_recipient'] } });
    }
    const { items } = cb.ok('lookalikes:generate', { domains: ['army.mil'] });
    expect(items.find((l) => l.domain === 'army.ml')!.seenInIncidents).toBe(2);
    expect(items.filter((l) => l.seenInIncidents > 0).map((l) => l.domain)).toEqual(['army.ml']);
  });

  it('exports a plain list, a CSV and a Postfix access map of the same domains', () => {
    const { items } = cb.ok('lookalikes:generate', { domains: ['army.mil'] });
    const list = text(cb.ok('lookalikes:export', { domains: ['army.mil'], format: 'list' }).base64)
      .trim()
      .split('\n');
    expect(list).toEqual(items.map((l) => l.domain));

    const csv = cb.ok('lookalikes:export', { domains: ['army.mil'], format: 'csv' });
    expect(csv.fileName).toMatch(/\.csv$/);
    const csvLines = text(csv.base64)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csvLines[0]).toBe('domain,unicode,class,part,source partner,reason,seen in incidents');
    expect(csvLines).toHaveLength(items.length + 1);

    const map = text(cb.ok('lookalikes:export', { domains: ['army.mil'], format: 'postfix' }).base64);
    const entries = map.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(entries).toHaveLength(items.length);
    expect(entries).toContain(`army.ml\tREJECT Lookalike of army.mil (${items.find((l) => l.domain === 'army.ml')!.typoClass}); check the address`);
    expect(entries.every((e) => /^[a-z0-9.-]+\tREJECT /.test(e))).toBe(true);
  });

  it('protects every configured domain when none is named', () => {
    expect(cb.ok('lookalikes:generate', {}).sources.sort()).toEqual(['army.mil', 'gov.uk', 'mod.gov.uk']);
  });
});
