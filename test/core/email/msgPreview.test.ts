import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';
import { x500 } from '../../fixtures/msgFiles';
import {
  ansiCyrillicMsg,
  ansiWesternMsg,
  forwardAsItemMsg,
  forwardWithEmlMsg,
  mailingMsg,
  misdirectedMsg,
  nonDeliveryMsg,
  receivedLabelledMsg,
  sealedMsg,
  x500OnlyMsg,
} from '../../fixtures/msgSamples';
import { buildMsg } from '../../fixtures/msgFiles';

/** emails:preview over Outlook .msg files: the same reading as an .eml, from the shapes real .msg files take. */
describe('previewing an Outlook .msg', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const preview = (name: string, bytes: Uint8Array) => cb.okAsync('emails:preview', { fileId: cb.core.context.files.putBytes(name, bytes).fileId });

  it('reads the misdirected email as its .eml twin reads: sender and recipients by SMTP address beside X.500, the kind, the title and the hash', async () => {
    const bytes = misdirectedMsg();
    const p = await preview('Movement orders.msg', bytes);
    const eml = await preview('misdirected-army-ml.eml', emailFixture('misdirected-army-ml.eml'));
    expect(p.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(p.size).toBe(bytes.length);
    expect(p.email.from).toEqual({ address: 'j.harper@mod.gov.uk', name: 'Harper, Jo' });
    expect(p.email.sentAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(p.email.messageId).toBe(eml.email.messageId);
    expect(p.email.subject).toBe('Movement orders');
    expect(p.email.attachments).toEqual([{ fileName: 'movement-orders.pdf', mediaType: 'application/pdf', size: 33 }]);
    expect(p.email.recipients.map((r) => [r.field, r.address, r.name, r.classification.domainClass, r.exposed])).toEqual([
      ['to', 'joe.bloggs@army.ml', 'Sgt Joe Bloggs', 'lookalike', true],
      ['cc', 'ann.smith@mod.gov.uk', 'Smith, Ann', 'internal', false],
      ['bcc', 'case.worker@homeoffice.gov.uk', 'Case Worker', 'partner', false],
    ]);
    expect(p.proposedKind).toBe(eml.proposedKind);
    expect(p.proposedTitle).toBe(eml.proposedTitle);
    expect(p.kindReason).toBe(eml.kindReason);
    expect(p.usedAttachedOriginal).toBe(false);
    expect(p.sensitivityLabel).toBeNull();
    expect(p.warnings).toEqual([]);
  });

  it('takes To, Cc and Bcc from the recipient table for hundreds of recipients, and proposes a CC exposure', async () => {
    const p = await preview('mailing.msg', mailingMsg(400));
    expect(p.email.recipients).toHaveLength(401);
    expect(p.email.recipients.filter((r) => r.field === 'cc' && r.exposed)).toHaveLength(400);
    expect(p.email.recipients[0]).toMatchObject({ field: 'to', address: 'relocations@mod.gov.uk', exposed: false });
    expect(p.email.recipients[400]).toMatchObject({ field: 'cc', address: 'applicant400@btinternet.com', name: 'Applicant 400' });
    expect(p.proposedKind).toBe('cc_exposure');
    expect(p.kindReason).toBe("400 external recipients in Cc could see each other's addresses");
  });

  it('says clearly who is known only by an Exchange X.500 address, links nobody on a guess, and keeps the SMTP recipients', async () => {
    const p = await preview('rota.msg', x500OnlyMsg());
    expect(p.email.from).toBeNull();
    expect(p.email.recipients.map((r) => r.address)).toEqual(['joe.bloggs@army.ml']);
    expect(p.warnings).toEqual([
      `3 people are stored only as Exchange (X.500) addresses, which name a mailbox in your organisation's Exchange but not an email address: the sender Harper, Jo (${x500('JHARPER')}); Smith, Ann (${x500('ASMITH')}); Grey, Sam (${x500('SGREY')}). They are not linked as parties; find their email addresses in the address book and add the sender by hand.`,
      'The sender is not known by an email address (see above).',
    ]);
  });

  it('finds an X.500-only recipient in the Internet headers the item arrived with, by display name, and offers the Purview label for the material marking', async () => {
    const p = await preview('crew.msg', receivedLabelledMsg());
    expect(p.email.from).toEqual({ address: 'j.harper@mod.gov.uk', name: 'Harper, Jo' });
    expect(p.email.recipients.map((r) => [r.field, r.address])).toEqual([
      ['to', 'joe.bloggs@army.ml'],
      ['to', 'ann.smith@mod.gov.uk'],
    ]);
    expect(p.warnings[0]).toMatch(/^1 person is stored only as Exchange \(X\.500\) addresses.*: Grey, Sam \(\/O=EXCHANGELABS/);
    expect(p.sensitivityLabel).toEqual({ name: 'OFFICIAL-SENSITIVE', marking: 'OFFICIAL-SENSITIVE' });
  });

  it('offers a label that names no Government classification by name only, for the officer to choose the marking', async () => {
    expect((await preview('crew.msg', receivedLabelledMsg('Confidential - Staff'))).sensitivityLabel).toEqual({ name: 'Confidential - Staff', marking: null });
    expect((await preview('crew2.msg', receivedLabelledMsg('SECRET UK Eyes Only'))).sensitivityLabel).toEqual({ name: 'SECRET UK Eyes Only', marking: 'SECRET' });
  });

  it('reads a forward as attachment (an Outlook item inside) for the original: its sender, recipients, subject, time and attachments', async () => {
    const p = await preview('FW Movement orders.msg', forwardAsItemMsg());
    expect(p.usedAttachedOriginal).toBe(true);
    expect(p.email.from?.address).toBe('j.harper@mod.gov.uk');
    expect(p.email.subject).toBe('Movement orders');
    expect(p.email.sentAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(p.email.messageId).toBe('<20230314091200.1@mod.gov.uk>');
    expect(p.email.recipients.map((r) => r.address)).toEqual(['joe.bloggs@army.ml', 'ann.smith@mod.gov.uk', 'case.worker@homeoffice.gov.uk']);
    expect(p.email.attachments.map((a) => a.fileName)).toEqual(['movement-orders.pdf']);
    expect(p.warnings).toEqual([
      'This file is a forward from duty.officer@mod.gov.uk on 14 Mar 2023 10:05: the attached original message was used for the sender, recipients, subject and date.',
    ]);
  });

  it('reads an .eml attached inside a .msg for the original, as the .eml itself reads', async () => {
    const p = await preview('FW Movement orders.msg', forwardWithEmlMsg());
    const eml = await preview('misdirected-army-ml.eml', emailFixture('misdirected-army-ml.eml'));
    expect(p.usedAttachedOriginal).toBe(true);
    expect(p.email).toEqual(eml.email);
    expect(p.warnings).toEqual([expect.stringMatching(/^This file is a forward from duty\.officer@mod\.gov\.uk/)]);
  });

  it('decodes a non-Unicode .msg in the code page it records: Windows-1252 and Windows-1251', async () => {
    const western = await preview('ansi.msg', ansiWesternMsg());
    expect(western.email.subject).toBe('Relocation – phase 2 (résumé) £40');
    expect(western.email.from).toEqual({ address: 'a.muller@mod.gov.uk', name: 'André Müller' });
    expect(western.email.recipients[0]).toMatchObject({ address: 'jurgen.bjork@army.ml', name: 'Jürgen Björk' });
    const cyrillic = await preview('cyrillic.msg', ansiCyrillicMsg());
    expect(cyrillic.email.subject).toBe('Список личного состава');
    expect(cyrillic.email.recipients[0]).toMatchObject({ address: 'ivan.petrov@army.ml', name: 'Иван Петров' });
  });

  it('keeps a Unicode subject and names whole, beyond the Latin alphabet', async () => {
    const subject = 'Relocation – 第二阶段 ✅ Żółć';
    const p = await preview(
      'unicode.msg',
      buildMsg({ subject, sender: { name: 'Zoë Ångström', email: 'z.angstrom@mod.gov.uk' }, recipients: [{ type: 'to', email: 'x@army.ml' }] }),
    );
    expect(p.email.subject).toBe(subject);
    expect(p.email.from?.name).toBe('Zoë Ångström');
  });

  it('reads rights-protected mail (IPM.Note.rpmsg): its headers and recipients, saying its text cannot be read offline', async () => {
    const p = await preview('protected.msg', sealedMsg('IPM.Note.rpmsg', { fileName: 'message.rpmsg', mimeType: 'application/x-microsoft-rpmsg-message' }));
    expect(p.email.recipients).toHaveLength(3);
    expect(p.email.from?.address).toBe('j.harper@mod.gov.uk');
    expect(p.warnings).toEqual([
      'This message is rights-protected (Microsoft Purview): its text and attachments are sealed in message.rpmsg and cannot be read offline. The sender, recipients, subject and headers were read; ask the sender or your Purview administrator for the content if you need it.',
    ]);
  });

  it('reads encrypted and signed S/MIME mail as emails, saying what cannot be read', async () => {
    const encrypted = await preview('encrypted.msg', sealedMsg('IPM.Note.SMIME', { fileName: 'smime.p7m', mimeType: 'application/pkcs7-mime' }));
    expect(encrypted.email.recipients).toHaveLength(3);
    expect(encrypted.warnings).toEqual([expect.stringMatching(/^This message is encrypted \(S\/MIME\): its text and attachments \(smime\.p7m\) cannot be read/)]);
    const signed = await preview('signed.msg', sealedMsg('IPM.Note.SMIME.MultipartSigned', { fileName: 'smime.p7m', mimeType: 'multipart/signed' }));
    expect(signed.email.recipients).toHaveLength(3);
    expect(signed.warnings).toEqual([expect.stringMatching(/^This message is signed \(S\/MIME\): the signature was not checked/)]);
  });

  it('reads a non-delivery report as an email naming the address that bounced; with the original attached, the original is read', async () => {
    const alone = await preview('ndr.msg', nonDeliveryMsg(false));
    expect(alone.email.recipients.map((r) => r.address)).toEqual(['joe.bloggs@army.ml']);
    expect(alone.warnings).toContain(
      'This is a non-delivery report: delivery to joe.bloggs@army.ml failed, so the message did not reach that address. Record that on the incident.',
    );
    const withOriginal = await preview('ndr.msg', nonDeliveryMsg(true));
    expect(withOriginal.usedAttachedOriginal).toBe(true);
    expect(withOriginal.email.subject).toBe('Movement orders');
    expect(withOriginal.warnings).toEqual([
      expect.stringMatching(/^This file is a forward from postmaster@mod\.gov\.uk/),
      expect.stringMatching(/delivery to joe\.bloggs@army\.ml failed/),
    ]);
  });

  it('says when a .msg records no sent time (a draft never sent) and no Message-ID', async () => {
    const p = await preview(
      'draft.msg',
      buildMsg({ subject: 'Draft', sender: { email: 'j.harper@mod.gov.uk' }, recipients: [{ type: 'to', email: 'joe.bloggs@army.ml' }] }),
    );
    expect(p.email.sentAt).toBeNull();
    expect(p.warnings).toEqual([
      'draft.msg records no time it was sent (it may be a draft that was never sent): when it was sent is not known. Enter it on the incident if you find it.',
      'The message has no Internet Message-ID: match it to the gateway log by sender, time and subject instead.',
    ]);
  });
});
