import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { expectFailure } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';
import { buildMsg } from '../../fixtures/msgFiles';
import { compoundFileWithoutMessage, forwardAsItemMsg, itemOfClass, mailingMsg, misdirectedMsg, receivedLabelledMsg } from '../../fixtures/msgSamples';

const AWARE = Date.UTC(2026, 10, 27, 8, 0);

/** emails:import of Outlook .msg files on real SQLite: the same incident, evidence and parties as an .eml, and refusals that write nothing. */
describe('importing an Outlook .msg', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  const put = (name: string, bytes: Uint8Array) => cb.core.context.files.putBytes(name, bytes).fileId;
  const newTarget = (target: Partial<Extract<Input<'emails:import'>['target'], { type: 'new' }>> = {}) => ({
    type: 'new' as const,
    kind: 'misdirected_email' as const,
    awareAt: AWARE,
    ...target,
  });
  const linked = (incidentId: string) =>
    cb
      .ok('involvements:list', { incidentId, limit: 500 })
      .items.map((l) => [l.party.email, [...l.involvement.roles].sort().join(',')])
      .sort();

  it('records the misdirected email as its .eml does: the incident, its details, the parties, and the .msg kept as evidence', async () => {
    const bytes = misdirectedMsg();
    const result = await cb.okAsync('emails:import', { fileId: put('Movement orders.msg', bytes), target: newTarget() });
    expect(result).toMatchObject({ created: true, sha256: createHash('sha256').update(bytes).digest('hex'), partiesLinked: 4, alreadyAttached: false });
    const { incident } = cb.ok('incidents:get', { id: result.incidentId });
    expect(incident.title).toBe('Email to army.ml (lookalike of army.mil): Movement orders');
    expect(incident.occurredAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(incident.details).toMatchObject({
      sender: 'j.harper@mod.gov.uk',
      actualRecipients: ['joe.bloggs@army.ml', 'ann.smith@mod.gov.uk', 'case.worker@homeoffice.gov.uk'],
      intendedRecipients: ['joe.bloggs@army.mil'],
      messageId: '<20230314091200.1@mod.gov.uk>',
    });
    expect(linked(result.incidentId)).toEqual([
      ['ann.smith@mod.gov.uk', 'other'],
      ['case.worker@homeoffice.gov.uk', 'other'],
      ['j.harper@mod.gov.uk', 'sender'],
      ['joe.bloggs@army.ml', 'unintended_recipient'],
    ]);
    const [evidence] = cb.ok('evidence:list', { incidentId: result.incidentId }).items;
    expect(evidence).toMatchObject({
      fileName: 'Movement orders.msg',
      mediaType: 'application/vnd.ms-outlook',
      size: bytes.length,
      source: 'email',
      attachments: [{ fileName: 'movement-orders.pdf', mediaType: 'application/pdf', size: 33 }],
    });
    const kept = cb.db.prepare<[string], { content: Buffer }>('SELECT content FROM evidence_blobs WHERE sha256 = ?').get(result.sha256)!;
    expect(Buffer.compare(kept.content, bytes)).toBe(0);
    const messages = cb.ok('messages:list', { incidentId: result.incidentId, limit: 100 });
    expect(messages.items.map((m) => [m.recipientField, m.recipient])).toEqual([
      ['to', 'joe.bloggs@army.ml'],
      ['cc', 'ann.smith@mod.gov.uk'],
      ['bcc', 'case.worker@homeoffice.gov.uk'],
    ]);
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('records the same email once across formats: the .eml of a message already imported as .msg is refused by Message-ID, writing nothing', async () => {
    const first = await cb.okAsync('emails:import', { fileId: put('Movement orders.msg', misdirectedMsg()), target: newTarget() });
    const before = contentFingerprint(cb.db);
    const error = expectFailure(
      await cb.core.callAsync('emails:import', { fileId: put('misdirected-army-ml.eml', emailFixture('misdirected-army-ml.eml')), target: newTarget() }),
      'CONFLICT',
    );
    expect(error.message).toBe(
      `This email is already recorded in ${first.reference} (the same Message-ID <20230314091200.1@mod.gov.uk>). Open ${first.reference}, or add this copy to it.`,
    );
    expect(contentFingerprint(cb.db)).toBe(before);
    // The forward carrying it as an attached Outlook item is the same email too.
    expectFailure(await cb.core.callAsync('emails:import', { fileId: put('FW Movement orders.msg', forwardAsItemMsg()), target: newTarget() }), 'CONFLICT');
    const again = expectFailure(await cb.core.callAsync('emails:import', { fileId: put('copy.msg', misdirectedMsg()), target: newTarget() }), 'CONFLICT');
    expect(again.message).toMatch(/\(the same file\)/);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('records the material marking the officer confirmed from the message’s Purview label, the record marking staying theirs', async () => {
    const fileId = put('crew.msg', receivedLabelledMsg());
    const preview = await cb.okAsync('emails:preview', { fileId });
    const result = await cb.okAsync('emails:import', {
      fileId,
      target: newTarget({ materialMarking: preview.sensitivityLabel!.marking, recordMarking: 'OFFICIAL-SENSITIVE' }),
    });
    const { incident } = cb.ok('incidents:get', { id: result.incidentId });
    expect(incident.materialMarking).toBe('OFFICIAL-SENSITIVE');
    expect(incident.description).toContain('The message carried the sensitivity label “OFFICIAL-SENSITIVE” (Microsoft Purview).');
    const plain = await cb.okAsync('emails:import', { fileId: put('Movement orders.msg', misdirectedMsg()), target: newTarget() });
    expect(cb.ok('incidents:get', { id: plain.incidentId }).incident.materialMarking).toBeNull();
  });

  it('records what the file holds at import, not what an earlier preview read, when a file on disk was replaced in between', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-msg-'));
    try {
      const path = join(dir, 'orders.msg');
      writeFileSync(path, misdirectedMsg());
      const { fileId } = cb.core.context.files.putPath(path, 'orders.msg');
      expect((await cb.okAsync('emails:preview', { fileId })).email.subject).toBe('Movement orders');
      writeFileSync(path, receivedLabelledMsg());
      const result = await cb.okAsync('emails:import', { fileId, target: newTarget() });
      expect(result.sha256).toBe(createHash('sha256').update(receivedLabelledMsg()).digest('hex'));
      expect(cb.ok('incidents:get', { id: result.incidentId }).incident.title).toMatch(/: Crew list$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('links hundreds of recipients from one .msg as the CC exposure’s data subjects', async () => {
    const result = await cb.okAsync('emails:import', { fileId: put('mailing.msg', mailingMsg(300)), target: newTarget({ kind: 'cc_exposure' }) });
    expect(result.partiesLinked).toBe(301);
    expect(result.affectedCount).toBe(300);
    expect(cb.ok('messages:list', { incidentId: result.incidentId, limit: 500 }).total).toBe(301);
  });
});

/** Files refused before anything is written: each names the file and what it is, by preview and import alike. */
describe('refusing a .msg that is not an email, or not whole', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  async function refused(name: string, bytes: Uint8Array): Promise<string> {
    const before = contentFingerprint(cb.db);
    const messages: string[] = [];
    for (const op of ['emails:preview', 'emails:import'] as const) {
      const fileId = cb.core.context.files.putBytes(name, bytes).fileId;
      const input = op === 'emails:preview' ? { fileId } : { fileId, target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE } };
      const error = expectFailure(await cb.core.callAsync(op, input), 'INVALID_INPUT');
      expect(error.message).toContain(name);
      expect(error.issues).toEqual([{ path: 'fileId', message: expect.stringMatching(new RegExp(`^${name.replace('.', '\\.')}.*cannot be read as an email$`)) }]);
      messages.push(error.message);
    }
    expect(messages[0]).toBe(messages[1]);
    expect(contentFingerprint(cb.db)).toBe(before);
    return messages[0]!;
  }

  it('names a meeting request, an appointment, a contact, a task and a read receipt for what they are', async () => {
    expect(await refused('board.msg', itemOfClass('IPM.Schedule.Meeting.Request'))).toBe(
      'board.msg is a meeting request, not an email. Open the email itself in Outlook and save it (File › Save As), or drag it from the message list.',
    );
    expect(await refused('appt.msg', itemOfClass('IPM.Appointment'))).toMatch(/^appt\.msg is a calendar appointment, not an email\./);
    expect(await refused('joe.msg', itemOfClass('IPM.Contact'))).toMatch(/^joe\.msg is a contact, not an email\./);
    expect(await refused('task.msg', itemOfClass('IPM.Task'))).toMatch(/^task\.msg is a task, not an email\./);
    expect(await refused('read.msg', itemOfClass('REPORT.IPM.Note.IPNRN'))).toMatch(/^read\.msg is a read receipt, not an email\./);
    expect(await refused('odd.msg', itemOfClass('IPM.InfoPathForm.Leave'))).toMatch(/^odd\.msg is an Outlook item of class IPM\.InfoPathForm\.Leave, not an email\./);
  });

  it('names a meeting request attached inside a forward for what it is', async () => {
    const bytes = buildMsg({
      subject: 'FW: Board',
      sender: { email: 'duty.officer@mod.gov.uk' },
      recipients: [{ type: 'to', email: 'security@mod.gov.uk' }],
      attachments: [{ name: 'Board', embedded: { messageClass: 'IPM.Schedule.Meeting.Request', subject: 'Board', recipients: [{ type: 'to', email: 'a@army.ml' }] } }],
    });
    expect(await refused('fw.msg', bytes)).toMatch(/^fw\.msg \(attached Board\.msg\) is a meeting request, not an email\./);
  });

  it('refuses a .msg cut short in copying, at any length, naming the file', async () => {
    const whole = misdirectedMsg();
    for (const length of [0, 100, 512, 3000, whole.length - 512, whole.length - 1]) {
      const message = await refused('cut.msg', whole.subarray(0, length));
      expect(message).toMatch(/^cut\.msg is (empty|cut short|damaged)/);
    }
    expect(await refused('cut.msg', whole.subarray(0, whole.length - 1))).toBe(
      `cut.msg is cut short: it is ${(whole.length - 1).toLocaleString('en-GB')} bytes, which is not a whole number of the 512-byte sectors an Outlook message is made of. Copy the file again, or save the email from Outlook again.`,
    );
  });

  it('refuses a compound file whose structure is damaged, naming the file', async () => {
    // One zeroed sector: before msgreader's walk was bounded, this file kept it allocating until the worker ran out of memory.
    const damaged = Buffer.from(misdirectedMsg());
    damaged.fill(0, 512, 1024);
    expect(await refused('damaged.msg', damaged)).toBe(
      'damaged.msg is damaged: its internal structure could not be read. Copy the file again, or save the email from Outlook again.',
    );
  });

  it('refuses a compound file that holds no Outlook item (an old Word document renamed)', async () => {
    expect(await refused('letter.msg', compoundFileWithoutMessage())).toBe(
      'letter.msg is not an Outlook message: it is a compound file (the format of Word and Excel 97–2003 documents too) but holds no Outlook item, or is too damaged to show one. Choose the email saved from Outlook.',
    );
  });

  it('refuses a file named .msg that is neither an Outlook item nor an .eml', async () => {
    expect(await refused('notes.msg', Buffer.from('Meeting notes\r\nJoe to send the orders\r\n'))).toBe(
      'notes.msg is not an Outlook message: it does not begin with the signature every .msg file has, and it is not an .eml either. Choose the email saved from Outlook.',
    );
  });

  it('reads or refuses a .msg damaged at random, never hanging, crashing or writing (seed printed; MSG_DAMAGE_CASES for more)', async () => {
    const seed = Number(process.env.MSG_DAMAGE_SEED ?? 20_261_208);
    const cases = Number(process.env.MSG_DAMAGE_CASES ?? 40);
    console.info(`damaged .msg cases: seed ${seed}, ${cases} cases`);
    let state = seed;
    const random = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const before = contentFingerprint(cb.db);
    for (const whole of [misdirectedMsg(), forwardAsItemMsg()]) {
      for (let i = 0; i < cases; i++) {
        const bytes = Buffer.from(whole);
        const at = Math.floor(random() * bytes.length);
        bytes.fill(Math.floor(random() * 256), at, Math.min(bytes.length, at + 1 + Math.floor(random() * 1024)));
        const result = await cb.core.callAsync('emails:preview', { fileId: cb.core.context.files.putBytes('damaged.msg', bytes).fileId });
        if (!result.ok) expect(result.error.code, result.error.message).toBe('INVALID_INPUT');
      }
    }
    expect(contentFingerprint(cb.db)).toBe(before);
  });
});
