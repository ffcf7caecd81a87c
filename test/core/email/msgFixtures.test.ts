import MsgReader, { type FieldsData } from '@kenjiuno/msgreader';
import { Attachment, Email } from '@tutao/oxmsg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markingOfLabel, sensitivityLabelOf } from '../../../electron/core/email/sensitivityLabel';
import { createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { x500 } from '../../fixtures/msgFiles';
import { forwardAsItemMsg, itemOfClass, misdirectedMsg, msipLabels, nonDeliveryMsg, receivedLabelledMsg, x500OnlyMsg } from '../../fixtures/msgSamples';

const fieldsOf = (bytes: Buffer): FieldsData => new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer).getFileData();

/**
 * The test .msg files are only as good as their likeness to real ones: each shape is read back by
 * @kenjiuno/msgreader property by property, and a file written by an independent writer (@tutao/oxmsg,
 * a port of MsgKit) goes through the same preview.
 */
describe('the test .msg files, read back', () => {
  it('carry the message class, the X.500 and SMTP addresses, and the recipient types as Outlook writes them', () => {
    const sent = fieldsOf(misdirectedMsg());
    expect(sent).toMatchObject({ messageClass: 'IPM.Note', senderAddressType: 'EX', senderEmail: x500('JHARPER'), senderSmtpAddress: 'j.harper@mod.gov.uk' });
    expect(sent.recipients!.map((r) => [r.recipType, r.addressType, r.smtpAddress ?? r.email])).toEqual([
      ['to', 'SMTP', 'joe.bloggs@army.ml'],
      ['cc', 'EX', 'ann.smith@mod.gov.uk'],
      ['bcc', 'SMTP', 'case.worker@homeoffice.gov.uk'],
    ]);
    expect(fieldsOf(x500OnlyMsg()).recipients!.filter((r) => r.addressType === 'EX' && !r.smtpAddress)).toHaveLength(2);
    expect(fieldsOf(itemOfClass('IPM.Schedule.Meeting.Request')).messageClass).toBe('IPM.Schedule.Meeting.Request');
    expect(fieldsOf(nonDeliveryMsg(false)).messageClass).toBe('REPORT.IPM.Note.NDR');
    expect(fieldsOf(receivedLabelledMsg()).headers).toContain('msip_labels: MSIP_Label_');
  });

  it('embed a forwarded Outlook item as a storage that msgreader opens as the inner message', () => {
    const [attached] = fieldsOf(forwardAsItemMsg()).attachments!;
    expect(attached!.innerMsgContent).toBe(true);
    expect(attached!.innerMsgContentFields).toMatchObject({
      subject: 'Movement orders',
      senderSmtpAddress: 'j.harper@mod.gov.uk',
      clientSubmitTime: 'Tue, 14 Mar 2023 09:12:00 GMT',
    });
    expect(attached!.innerMsgContentFields!.recipients).toHaveLength(3);
  });
});

describe('a .msg written by @tutao/oxmsg', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  it('is read by msgreader and previewed like any other: recipients by type, Unicode subject, the label in its headers, the attachment', async () => {
    const email = new Email()
      .sender('j.harper@mod.gov.uk', 'Harper, Jo')
      .to('joe.bloggs@army.ml', 'Sgt Joe Bloggs')
      .cc('ann.smith@mod.gov.uk', 'Smith, Ann')
      .bcc('case.worker@homeoffice.gov.uk', 'Case Worker')
      .subject('Movement orders – phase 2 ✅')
      .sentOn(new Date(Date.UTC(2023, 2, 14, 9, 12)))
      .headers(`Message-ID: <oxmsg-1@mod.gov.uk>\r\n${msipLabels('OFFICIAL-SENSITIVE')}\r\n`)
      .bodyText('Please find the movement orders attached.')
      .attach(new Attachment(new TextEncoder().encode('%PDF-1.4\n'), 'movement-orders.pdf'));
    const bytes = Buffer.from(email.msg());
    expect(fieldsOf(bytes).recipients!.map((r) => r.recipType)).toEqual(['to', 'cc', 'bcc']);
    const p = await cb.okAsync('emails:preview', { fileId: cb.core.context.files.putBytes('oxmsg.msg', bytes).fileId });
    expect(p.email.subject).toBe('Movement orders – phase 2 ✅');
    expect(p.email.from).toEqual({ address: 'j.harper@mod.gov.uk', name: 'Harper, Jo' });
    expect(p.email.recipients.map((r) => [r.field, r.address])).toEqual([
      ['to', 'joe.bloggs@army.ml'],
      ['cc', 'ann.smith@mod.gov.uk'],
      ['bcc', 'case.worker@homeoffice.gov.uk'],
    ]);
    expect(p.email.sentAt).toBe(Date.UTC(2023, 2, 14, 9, 12));
    expect(p.email.messageId).toBe('<oxmsg-1@mod.gov.uk>');
    expect(p.email.attachments).toEqual([{ fileName: 'movement-orders.pdf', mediaType: 'application/pdf', size: 9 }]);
    expect(p.sensitivityLabel).toEqual({ name: 'OFFICIAL-SENSITIVE', marking: 'OFFICIAL-SENSITIVE' });
    expect(p.proposedKind).toBe('misdirected_email');
  });
});

describe('Purview labels as markings', () => {
  it('names a Government classification however the department spelt it, and nothing for other labels', () => {
    expect(markingOfLabel('OFFICIAL-SENSITIVE')).toBe('OFFICIAL-SENSITIVE');
    expect(markingOfLabel('Official Sensitive – Personal')).toBe('OFFICIAL-SENSITIVE');
    expect(markingOfLabel('OFFICIAL_SENSITIVE')).toBe('OFFICIAL-SENSITIVE');
    expect(markingOfLabel('OFFICIAL')).toBe('OFFICIAL');
    expect(markingOfLabel('Secret')).toBe('SECRET');
    expect(markingOfLabel('TOP SECRET STRAP1')).toBe('TOP SECRET');
    expect(markingOfLabel('Confidential')).toBeNull();
    expect(markingOfLabel('Unofficial')).toBeNull();
  });

  it('offers the highest of a parent and sub-label, and ignores a label set as not enabled', () => {
    const id = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;
    const header = [
      `MSIP_Label_${id(1)}_Enabled=true; MSIP_Label_${id(1)}_Name=OFFICIAL`,
      `MSIP_Label_${id(2)}_Enabled=true; MSIP_Label_${id(2)}_Name=OFFICIAL-SENSITIVE Personal`,
      `MSIP_Label_${id(3)}_Enabled=false; MSIP_Label_${id(3)}_Name=SECRET`,
    ].join('; ');
    expect(sensitivityLabelOf([header])).toEqual({ name: 'OFFICIAL-SENSITIVE Personal', marking: 'OFFICIAL-SENSITIVE' });
    expect(sensitivityLabelOf([`MSIP_Label_${id(3)}_Enabled=false; MSIP_Label_${id(3)}_Name=SECRET`])).toBeNull();
    expect(sensitivityLabelOf(['not a label'])).toBeNull();
  });
});
