import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_EML_BYTES } from '../../../electron/core/email/emlFile';
import { expectFailure } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';

/**
 * Files that are not (whole) emails: each refused with INVALID_INPUT naming the file, the line and what
 * to do, by preview and by import alike, with the database exactly as it was.
 */
describe('refusing a file that is not a whole email', () => {
  let cb: TestCasebook;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
  });
  afterEach(() => cb.close());

  async function refused(name: string, bytes: Uint8Array): Promise<string[]> {
    const before = contentFingerprint(cb.db);
    const messages: string[] = [];
    for (const op of ['emails:preview', 'emails:import'] as const) {
      const fileId = cb.core.context.files.putBytes(name, bytes).fileId;
      const input = op === 'emails:preview' ? { fileId } : { fileId, target: { type: 'new', kind: 'misdirected_email', awareAt: Date.UTC(2026, 10, 27, 8, 0) } };
      const error = expectFailure(await cb.core.callAsync(op, input), 'INVALID_INPUT');
      expect(error.message).toContain(name);
      expect(error.issues).toEqual([{ path: 'fileId', message: expect.stringMatching(/cannot be read as an email$/) }]);
      messages.push(error.message);
    }
    expect(contentFingerprint(cb.db)).toBe(before);
    expect(messages[0]).toBe(messages[1]);
    return messages;
  }

  it('a text note saved as .eml: line 1 is not a header', async () => {
    const [message] = await refused('not-an-email.eml', emailFixture('not-an-email.eml'));
    expect(message).toBe('not-an-email.eml is not an email: line 1 is not a header of the form "Name: value". Choose the .eml file saved from the mail client.');
  });

  it('a header block broken part-way names the line that is not a header', async () => {
    const bytes = Buffer.from('From: a@mod.gov.uk\r\nTo: b@army.ml\r\nthis line is not a header\r\n\r\nbody\r\n');
    const [message] = await refused('broken.eml', bytes);
    expect(message).toMatch(/line 3 is not a header/);
  });

  it('headers with no From, To, Cc or Bcc', async () => {
    const [message] = await refused('subject-only.eml', Buffer.from('Subject: Movement orders\r\nDate: Tue, 14 Mar 2023 09:12:00 +0000\r\n\r\nbody\r\n'));
    expect(message).toMatch(/its headers \(lines 1–2\) have no From, To, Cc or Bcc/);
  });

  it('a multipart message cut off before its closing boundary names the line where the file ends', async () => {
    const [message] = await refused('truncated-multipart.eml', emailFixture('truncated-multipart.eml'));
    expect(message).toBe(
      'truncated-multipart.eml is cut short: it ends at line 19 inside a multipart section whose closing boundary (--=_cut_1--) never appears. Save the email from the mail client again and import the new file.',
    );
  });

  it('a forward whose attached original is cut short', async () => {
    const whole = emailFixture('forward-with-original.eml').toString('utf8');
    const cut = whole.replace('Content-Type: text/plain; charset=utf-8\r\n\r\nJoe', 'Content-Type: multipart/mixed; boundary="inner"\r\n\r\n--inner\r\n\r\nJoe');
    const [message] = await refused('forward.eml', Buffer.from(cut));
    expect(message).toMatch(/^forward\.eml is cut short: it ends at line 31 inside a multipart section whose closing boundary \(--inner--\) never appears/);
  });

  it('a forward whose attached original (base64-encoded) is not an email', async () => {
    const whole = emailFixture('forward-with-original.eml').toString('utf8');
    const start = whole.indexOf('From: "Harper');
    const end = whole.indexOf('\r\n--fw-boundary--');
    const encoded = `Content-Transfer-Encoding: base64\r\n\r\n${Buffer.from('just some notes\r\n').toString('base64')}\r\n`;
    const bytes = Buffer.from(whole.slice(0, start).replace(/\r\n$/, '') + encoded + whole.slice(end));
    const [message] = await refused('forward.eml', bytes);
    expect(message).toMatch(/^forward\.eml \(attached Movement orders\.eml\) is not an email: line 1 is not a header/);
  });

  it('an empty file, and one holding only blank lines', async () => {
    expect((await refused('empty.eml', new Uint8Array(0)))[0]).toMatch(/^empty\.eml is empty \(0 bytes\)\. Choose the \.eml file again/);
    expect((await refused('blank.eml', Buffer.from('\r\n\r\n  \r\n')))[0]).toMatch(/^blank\.eml is empty \(8 bytes\)/);
  });

  it('binary junk', async () => {
    const junk = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe, 0x0a, 0x00, 0x01]);
    const [message] = await refused('orders.zip.eml', junk);
    expect(message).toBe('orders.zip.eml is not an email: line 1 holds binary data. Choose the .eml file saved from the mail client.');
  });

  it('a file over 50 MB, before reading it', async () => {
    const [message] = await refused('huge.eml', Buffer.alloc(MAX_EML_BYTES + 1, 0x61));
    expect(message).toBe('huge.eml is 51 MB; Casebook imports emails up to 50 MB. Save the message without its large attachments and import that copy.');
  });
});
