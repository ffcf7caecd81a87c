import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/openDatabase';
import { expectFailure } from '../../fixtures/builders';
import { createCore } from '../../fixtures/core';
import { contentFingerprint, createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';

/** When the officer says they became aware, in these tests: before the test clock's first reading (27 Nov 2026 09:00). */
const AWARE = Date.UTC(2026, 10, 27, 8, 0);

/** What an email import knew stays on the incident (issue 11 §1), and the same email is one incident. */
describe('what the import knew', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook();
  });
  afterEach(() => cb.close());

  const put = (name: string, bytes = emailFixture(name)) => cb.core.context.files.putBytes(name, bytes).fileId;
  const importNew = (name: string, kind: 'misdirected_email' | 'cc_exposure' = 'misdirected_email') =>
    cb.okAsync('emails:import', { fileId: put(name), target: { type: 'new', kind, awareAt: AWARE } });

  /** The register closed and opened again on the same file, as after a restart. */
  const reopened = () => {
    closeDatabase(cb.db);
    const db = openDatabase(cb.file!);
    return { core: createCore(db, { log: { error: () => {}, info: () => {} } }), close: () => closeDatabase(db) };
  };

  it("keeps each recipient's class with its reason, the attachments and the description, across reopening the register", async () => {
    const { incidentId } = await importNew('misdirected-army-ml.eml');
    const again = reopened();
    try {
      const value = <T>(r: { ok: boolean; value?: T }) => r.value as T;
      const { incident } = value(again.core.call('incidents:get', { id: incidentId })) as { incident: { description: string } };
      // 14 March 2023 was a Tuesday, before the clocks went forward: GMT.
      expect(incident.description).toBe(
        'Sent on Tue 14 Mar 2023 at 09:12 by j.harper@mod.gov.uk to 1 recipient (1 in To), subject “Movement orders”; 1 attachment: movement-orders.pdf.',
      );
      const messages = value(again.core.call('messages:list', { incidentId })) as { items: { recipient: string; domainClass: string; domainReason: string }[] };
      expect(messages.items.map((m) => [m.recipient, m.domainClass, m.domainReason])).toEqual([
        ['joe.bloggs@army.ml', 'lookalike', "army.ml imitates army.mil — top-level domain typo: .mil → .ml (the 'i' was omitted); .ml is a country-code domain (Mali)"],
      ]);
      const evidence = value(again.core.call('evidence:list', { incidentId })) as { items: { attachments: unknown[] }[] };
      expect(evidence.items.map((e) => e.attachments)).toEqual([[{ fileName: 'movement-orders.pdf', mediaType: 'application/pdf', size: 45 }]]);
    } finally {
      again.close();
    }
  });

  it('describes a CC mailing by field, in London time, and says when there are no attachments', async () => {
    const { incidentId } = await importNew('cc-mailing-55.eml', 'cc_exposure');
    const { incident } = cb.ok('incidents:get', { id: incidentId });
    // 20 September 2021 was a Monday in BST: 15:05 UTC is 16:05 in London.
    expect(incident.description).toBe(
      'Sent on Mon 20 Sep 2021 at 16:05 by relocations@mod.gov.uk to 57 recipients (1 in To, 55 in Cc, 1 in Bcc), subject “Your relocation application: next steps”; no attachments.',
    );
    const reasons = new Map(cb.ok('messages:list', { incidentId, limit: 100 }).items.map((m) => [m.recipient, m.domainReason]));
    expect(reasons.get('relocations@mod.gov.uk')).toMatch(/^mod\.gov\.uk is /);
    expect(reasons.get('applicant07@yahoo.co.uk')).toBe('yahoo.co.uk is not configured and does not resemble any internal or partner domain');
  });

  it('refuses the same email as a new incident with CONFLICT carrying the incident that holds it, by file or by Message-ID', async () => {
    const first = await importNew('misdirected-army-ml.eml');
    const before = contentFingerprint(cb.db);
    const holder = { incidentId: first.incidentId, reference: first.reference };
    const sameFile = await cb.core.callAsync('emails:import', {
      fileId: put('misdirected-army-ml.eml'),
      target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE },
    });
    expect(expectFailure(sameFile, 'CONFLICT').holder).toEqual(holder);
    const copy = Buffer.concat([Buffer.from('X-Forwarded-Copy: yes\r\n'), emailFixture('misdirected-army-ml.eml')]);
    const sameMessage = await cb.core.callAsync('emails:import', { fileId: put('copy.eml', copy), target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE } });
    expect(expectFailure(sameMessage, 'CONFLICT').holder).toEqual(holder);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('adds another copy of the same message to the incident that holds it as evidence, without counting its recipients twice', async () => {
    const first = await importNew('misdirected-army-ml.eml');
    const copy = Buffer.concat([Buffer.from('X-Forwarded-Copy: yes\r\n'), emailFixture('misdirected-army-ml.eml')]);
    const added = await cb.okAsync('emails:import', { fileId: put('copy.eml', copy), target: { type: 'existing', incidentId: first.incidentId } });
    expect(added).toMatchObject({ created: false, alreadyAttached: false });
    expect(cb.ok('evidence:list', { incidentId: first.incidentId }).items.map((e) => e.fileName)).toEqual(['misdirected-army-ml.eml', 'copy.eml']);
    expect(cb.ok('messages:list', { incidentId: first.incidentId }).total).toBe(1);
  });
});
