import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFingerprint, createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';

/** emails:preview over the hand-written fixtures: what Casebook reads from each shape of .eml. */
describe('previewing an .eml', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const preview = (name: string) => cb.okAsync('emails:preview', { fileId: cb.core.context.files.putBytes(name, emailFixture(name)).fileId });

  it('reads a misdirected email to army.ml: the lookalike, why, the title, the attachment and the hash of the bytes', async () => {
    const p = await preview('misdirected-army-ml.eml');
    expect(p.sha256).toBe(createHash('sha256').update(emailFixture('misdirected-army-ml.eml')).digest('hex'));
    expect(p.size).toBe(emailFixture('misdirected-army-ml.eml').length);
    expect(p.usedAttachedOriginal).toBe(false);
    expect(p.email.from).toEqual({ address: 'j.harper@mod.gov.uk', name: 'Harper, Jo' });
    expect(p.email.sentAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(p.email.messageId).toBe('<20230314091200.1@mod.gov.uk>');
    expect(p.email.attachments).toEqual([{ fileName: 'movement-orders.pdf', mediaType: 'application/pdf', size: 45 }]);
    expect(p.email.recipients).toHaveLength(1);
    const [joe] = p.email.recipients;
    expect(joe).toMatchObject({ address: 'joe.bloggs@army.ml', name: 'Sgt Joe Bloggs', field: 'to', exposed: false });
    expect(joe!.classification).toMatchObject({ domainClass: 'lookalike', lookalikeOf: 'army.mil', typoClass: 'omission', part: 'suffix' });
    expect(p.proposedKind).toBe('misdirected_email');
    expect(p.proposedTitle).toBe('Email to army.ml (lookalike of army.mil): Movement orders');
    expect(p.kindReason).toMatch(/^Sent to army\.ml, a lookalike of army\.mil: top-level domain typo: \.mil → \.ml/);
    expect(p.warnings).toEqual([]);
  });

  it('proposes a misdirected email when a lookalike recipient is copied beside a partner: the typo is the breach', async () => {
    const eml = [
      'From: j.harper@mod.gov.uk',
      'To: joe.bloggs@army.ml',
      'Cc: jane.smith@army.mil',
      'Subject: Crew list',
      'Date: Tue, 14 Mar 2023 09:12:00 +0000',
      'Message-ID: <2@mod.gov.uk>',
      '',
      'List attached.',
      '',
    ].join('\r\n');
    const p = await cb.okAsync('emails:preview', { fileId: cb.core.context.files.putBytes('crew.eml', new TextEncoder().encode(eml)).fileId });
    expect(p.email.recipients.filter((r) => r.exposed).map((r) => r.address)).toEqual(['joe.bloggs@army.ml', 'jane.smith@army.mil']);
    expect(p.proposedKind).toBe('misdirected_email');
    expect(p.proposedTitle).toBe('Email to army.ml (lookalike of army.mil): Crew list');
  });

  it('proposes a CC exposure for 55 applicants in Cc, never exposing the Bcc or the department itself', async () => {
    const p = await preview('cc-mailing-55.eml');
    expect(p.email.recipients).toHaveLength(57);
    const byField = (f: string) => p.email.recipients.filter((r) => r.field === f);
    expect(byField('cc')).toHaveLength(55);
    expect(byField('cc').every((r) => r.exposed && r.classification.domainClass === 'external')).toBe(true);
    expect(byField('to')).toEqual([expect.objectContaining({ address: 'relocations@mod.gov.uk', exposed: false })]);
    expect(byField('bcc')).toEqual([expect.objectContaining({ address: 'case.worker@homeoffice.gov.uk', exposed: false })]);
    expect(p.proposedKind).toBe('cc_exposure');
    expect(p.kindReason).toBe("55 external recipients in Cc could see each other's addresses");
    expect(p.proposedTitle).toBe("55 recipients' addresses disclosed in Cc: Your relocation application: next steps");
  });

  it('decodes encoded words (UTF-8 base64 and ISO-8859-1 quoted-printable) in the subject and the names', async () => {
    const p = await preview('encoded-words.eml');
    expect(p.email.subject).toBe('Relocation – phase 2 (résumé)');
    expect(p.email.from).toEqual({ address: 'a.muller@mod.gov.uk', name: 'André Müller' });
    expect(p.email.recipients[0]).toMatchObject({ address: 'jurgen.bjork@army.ml', name: 'Jürgen Björk' });
  });

  it('unfolds folded headers and keeps display names that contain commas whole', async () => {
    const p = await preview('folded-comma-names.eml');
    expect(p.email.subject).toBe('Crew list for the exercise next week');
    expect(p.email.messageId).toBe('<folded-1@mod.gov.uk>');
    expect(p.email.recipients.map((r) => [r.name, r.address])).toEqual([
      ['Bloggs, Joe (Sgt)', 'joe.bloggs@army.ml'],
      ['Smith, Ann', 'ann.smith@mod.gov.uk'],
    ]);
    // Two visible recipients: the army.ml address was shown to the colleague, but one exposure is not a CC exposure.
    expect(p.email.recipients.map((r) => r.exposed)).toEqual([true, false]);
    expect(p.proposedKind).toBe('misdirected_email');
  });

  it('flattens address groups and reads undisclosed-recipients as nobody', async () => {
    const p = await preview('groups.eml');
    expect(p.email.recipients.map((r) => [r.address, r.name, r.field])).toEqual([
      ['applicant.one@gmail.com', '', 'to'],
      ['applicant.two@outlook.com', 'Two, Applicant', 'to'],
    ]);
    expect(p.proposedKind).toBe('cc_exposure');
    expect(p.kindReason).toBe("2 external recipients in To could see each other's addresses");
  });

  it('reads an IDN recipient as punycode and sees the Cyrillic homoglyph of gov.uk', async () => {
    const p = await preview('idn-homoglyph.eml');
    const [ivan] = p.email.recipients;
    expect(ivan!.address).toBe('ivan.petrov@xn--gv-fmc.uk');
    expect(ivan!.classification).toMatchObject({
      domain: 'xn--gv-fmc.uk',
      unicode: 'g\u043ev.uk',
      domainClass: 'lookalike',
      lookalikeOf: 'gov.uk',
      typoClass: 'homoglyph',
    });
    expect(p.proposedTitle).toBe('Email to xn--gv-fmc.uk (lookalike of gov.uk): Draft policy paper');
    expect(p.kindReason).toMatch(/Cyrillic/);
  });

  it('accepts a message without Date or Message-ID (LF line ends), warning about each', async () => {
    const p = await preview('no-date-no-id.eml');
    expect(p.email.sentAt).toBeNull();
    expect(p.email.messageId).toBe('');
    expect(p.warnings).toEqual([expect.stringMatching(/no Date header/), expect.stringMatching(/no Message-ID header/)]);
  });

  it('reads a forward for the original attached as message/rfc822, and says who forwarded it', async () => {
    const p = await preview('forward-with-original.eml');
    expect(p.usedAttachedOriginal).toBe(true);
    expect(p.email.from?.address).toBe('j.harper@mod.gov.uk');
    expect(p.email.subject).toBe('Movement orders');
    expect(p.email.sentAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(p.email.recipients.map((r) => [r.address, r.field])).toEqual([
      ['joe.bloggs@army.ml', 'to'],
      ['ops@mod.gov.uk', 'cc'],
    ]);
    expect(p.warnings).toEqual([expect.stringMatching(/forward from line\.manager@mod\.gov\.uk on 15 Mar 2023 14:00/)]);
  });

  it('warns when no recipient domain is a lookalike', async () => {
    const eml = 'From: a@mod.gov.uk\r\nTo: someone@example.com\r\nSubject: Pay\r\nDate: Tue, 14 Mar 2023 09:12:00 +0000\r\nMessage-ID: <x@mod.gov.uk>\r\n\r\nbody\r\n';
    const p = await cb.okAsync('emails:preview', { fileId: cb.core.context.files.putBytes('pay.eml', Buffer.from(eml)).fileId });
    expect(p.proposedKind).toBe('misdirected_email');
    expect(p.proposedTitle).toBe('Email to example.com: Pay');
    expect(p.warnings).toEqual([expect.stringMatching(/No recipient's domain looks like an internal or partner domain/)]);
  });

  it('writes nothing', async () => {
    const before = contentFingerprint(cb.db);
    await preview('cc-mailing-55.eml');
    expect(contentFingerprint(cb.db)).toBe(before);
  });
});
