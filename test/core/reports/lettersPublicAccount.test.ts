import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure, issuePaths, linkNewParty } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

/** The visible text of a Word file: its document body and its page headers (where the marking banner sits). */
async function docxText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  return parts
    .flatMap((xml) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!))
    .join(' ')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const PUBLIC_ACCOUNT = 'On 2 March an email about your pay went to the wrong address. The recipient has deleted it. Call our DPO on 020 7946 0000.';
const INTERNAL = {
  description: 'Internal: sender ignored the autocomplete warning',
  likelyConsequences: 'Internal: ZEBRA-QUOKKA-17 may complain to the press',
  rootCause: 'Internal: the team leader skipped the second check',
  action: 'Internal: disciplinary interview booked with the sender',
};

/** Issue 12 §1: a letter carries the recipient's own details and the public account, and its marking is decided. */
describe('letters carry the public account and a decided marking', () => {
  let cb: TestCasebook;
  let incidentId: string;
  beforeEach(() => {
    cb = createTestCasebook();
    const incident = cb.ok('incidents:create', minimalIncident({ description: INTERNAL.description }));
    incidentId = incident.id;
    cb.ok('incidents:update', { id: incident.id, version: incident.version, patch: { likelyConsequences: INTERNAL.likelyConsequences, rootCause: INTERNAL.rootCause } });
    cb.ok('actions:add', { incidentId, kind: 'containment', description: INTERNAL.action });
    linkNewParty(cb, incidentId, { name: 'Jo Harper' }, ['data_subject'], { notificationStatus: 'pending', dataCategories: ['basic_identifiers'] });
  });
  afterEach(() => cb.close());

  const writePublicAccount = (text: string) =>
    cb.ok('incidents:update', { id: incidentId, version: cb.ok('incidents:get', { id: incidentId }).incident.version, patch: { publicAccount: text } });

  it('refuses letters while the public account is empty, at publicAccount, changing nothing', async () => {
    const before = contentFingerprint(cb.db);
    const generated = expectFailure(
      await cb.core.callAsync('reports:generate', { request: { kind: 'letters', incidentId, releasableConfirmed: true }, format: 'docx' }),
      'INVALID_INPUT',
    );
    expect(issuePaths(generated)).toEqual(['publicAccount']);
    expect(generated.message).toContain('Write the public account of the breach for the people affected first');
    expect(issuePaths(expectFailure(cb.core.call('reports:preview', { kind: 'letters', incidentId }), 'INVALID_INPUT'))).toEqual(['publicAccount']);
    // Blank space is no account: the contract trims it away.
    writePublicAccount('   \n  ');
    const blank = expectFailure(
      await cb.core.callAsync('reports:generate', { request: { kind: 'letters', incidentId, releasableConfirmed: true }, format: 'docx' }),
      'INVALID_INPUT',
    );
    expect(issuePaths(blank)).toEqual(['publicAccount']);
    expect(cb.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'report.generated'").get()).toEqual({ n: 0 });
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('refuses to generate letters until the officer confirms they may be released, changing nothing', async () => {
    writePublicAccount(PUBLIC_ACCOUNT);
    const before = contentFingerprint(cb.db);
    for (const request of [
      { kind: 'letters', incidentId },
      { kind: 'letters', incidentId, releasableConfirmed: false, marking: 'OFFICIAL' },
    ] as const) {
      const error = expectFailure(await cb.core.callAsync('reports:generate', { request, format: 'docx' }), 'INVALID_INPUT');
      expect(issuePaths(error)).toEqual(['request.releasableConfirmed']);
      expect(contentFingerprint(cb.db)).toBe(before);
    }
  });

  it('the Word letter holds the public account and the recipient’s categories, and none of the record’s internal text', async () => {
    writePublicAccount(PUBLIC_ACCOUNT);
    const { files } = await cb.okAsync('reports:generate', { request: { kind: 'letters', incidentId, releasableConfirmed: true }, format: 'docx' });
    const letter = await docxText(files[0]!.base64);
    expect(letter).toContain('Dear Jo Harper,');
    expect(letter).toContain(PUBLIC_ACCOUNT);
    expect(letter).toContain('basic personal identifiers (name, contact details)');
    for (const [field, text] of Object.entries(INTERNAL)) expect(letter, field).not.toContain(text);
    expect(letter).not.toContain('ZEBRA-QUOKKA-17');
    expect(letter).toContain('OFFICIAL');
  });

  it('prints the marking the officer chose and records it with the confirmation in the report’s audit entry', async () => {
    writePublicAccount(PUBLIC_ACCOUNT);
    const preview = cb.ok('reports:preview', { kind: 'letters', incidentId, marking: 'OFFICIAL-SENSITIVE' });
    expect(preview.documents.map((d) => d.marking)).toEqual(['OFFICIAL-SENSITIVE']);
    const { files } = await cb.okAsync('reports:generate', {
      request: { kind: 'letters', incidentId, marking: 'OFFICIAL-SENSITIVE', releasableConfirmed: true },
      format: 'docx',
    });
    expect(await docxText(files[0]!.base64)).toContain('OFFICIAL-SENSITIVE');
    const entry = cb.db.prepare("SELECT changes FROM audit_log WHERE action = 'report.generated'").get() as { changes: string };
    const changes = JSON.parse(entry.changes) as { field: string; after: unknown }[];
    expect(changes).toContainEqual(expect.objectContaining({ field: 'marking', after: 'OFFICIAL-SENSITIVE' }));
    expect(changes).toContainEqual(expect.objectContaining({ field: 'releasableConfirmed', after: true }));
    expect(entry.changes).not.toContain(PUBLIC_ACCOUNT);
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('audits a change to the public account under its own label', () => {
    writePublicAccount(PUBLIC_ACCOUNT);
    // Read as the History tab reads it: the public account is sealed in the log like the rest of the incident's text (docs/audit-format.md).
    const entry = cb.ok('incidents:history', { id: incidentId }).items.find((e) => e.action === 'incident.updated')!;
    expect(entry.summary).toContain('Public account for the people affected');
    expect(entry.changes).toContainEqual(expect.objectContaining({ field: 'publicAccount', before: '', after: PUBLIC_ACCOUNT }));
  });
});
