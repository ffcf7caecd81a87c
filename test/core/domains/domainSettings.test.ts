import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFingerprint, createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { expectFailure } from '../../fixtures/builders';

describe('the department’s domain lists', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('start as the suggested UK government and defence domains, which classify at once', () => {
    const lists = cb.ok('domains:get', {});
    expect(lists.internal).toEqual(lists.suggested.internal);
    expect(lists.partners).toContain('army.mil');
    const [ml, mil, other] = cb.ok('domains:classify', { domains: ['army.ml', 'mail.army.mil', 'example.com'] }).items;
    expect([ml!.domainClass, mil!.domainClass, other!.domainClass]).toEqual(['lookalike', 'partner', 'external']);
  });

  it('saves lists normalised (lower case, no stray dots, no repeats) and audits what was added and removed', () => {
    const before = cb.ok('audit:verify', {}).entryCount;
    const saved = cb.ok('domains:update', { internal: ['MOD.gov.uk.', 'mod.gov.uk'], partners: ['army.mil', 'nato.int'] });
    expect(saved).toMatchObject({ internal: ['mod.gov.uk'], partners: ['army.mil', 'nato.int'] });
    expect(cb.ok('audit:verify', {}).entryCount).toBe(before + 1);
    const entry = cb.db.prepare<[], { summary: string; action: string }>('SELECT summary, action FROM audit_log ORDER BY seq DESC LIMIT 1').get()!;
    expect(entry.action).toBe('settings.domains_changed');
    expect(entry.summary).toContain('partner domains removed:');
    expect(entry.summary).toContain('gov.uk');
  });

  it('writes nothing when the lists are saved unchanged', () => {
    cb.ok('domains:update', { internal: ['mod.gov.uk'], partners: ['army.mil'] });
    const before = contentFingerprint(cb.db);
    cb.ok('domains:update', { internal: ['mod.gov.uk'], partners: ['army.mil'] });
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('classifies against the saved lists, not the suggestions, once they change', () => {
    cb.ok('domains:update', { internal: ['example.org'], partners: [] });
    const [mil, org] = cb.ok('domains:classify', { domains: ['army.mil', 'exampel.org'] }).items;
    expect(mil!.domainClass).toBe('external');
    expect(org).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'example.org' });
  });

  it('refuses a blank domain at its place in the list and changes nothing', () => {
    const before = contentFingerprint(cb.db);
    const error = expectFailure(cb.core.call('domains:update', { internal: ['mod.gov.uk', ' '], partners: [] }), 'INVALID_INPUT');
    expect(error.issues?.map((i) => i.path)).toEqual(['internal.1']);
    expect(contentFingerprint(cb.db)).toBe(before);
  });
});
