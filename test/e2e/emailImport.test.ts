import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startE2eSession, type DomElement, type E2eSession } from './support/e2eSession';

const SENDER = 'Liaison Officer <liaison.officer@mod.gov.uk>';

/** An .eml as Outlook saves it: plain text, one To and one Cc, a Message-ID and a UK winter date. */
function eml(headers: { to: string; cc?: string; subject: string; messageId: string; date: string }): Buffer {
  return Buffer.from(
    [
      `From: ${SENDER}`,
      `To: ${headers.to}`,
      ...(headers.cc ? [`Cc: ${headers.cc}`] : []),
      `Subject: ${headers.subject}`,
      `Date: ${headers.date}`,
      `Message-ID: <${headers.messageId}>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Joe, the exercise schedule for next month is below. Please keep it within the team.',
      '',
    ].join('\r\n'),
    'utf8',
  );
}

/** The .mil → .ml typo, with the intended colleague at army.mil in Cc. */
const MISDIRECTED = eml({
  to: 'Joe Bloggs <joe.bloggs@army.ml>',
  cc: 'Jane Smith <jane.smith@army.mil>',
  subject: 'Exercise STEADFAST schedule (December)',
  messageId: 'schedule-001@mod.gov.uk',
  date: 'Thu, 26 Nov 2026 16:32:00 +0000',
});
/** A week later, the same typo from the same desk to someone else. */
const SECOND = eml({
  to: 'Ops Desk <ops.desk@army.ml>',
  subject: 'Movement table, revised',
  messageId: 'movement-002@mod.gov.uk',
  date: 'Fri, 27 Nov 2026 09:05:00 +0000',
});
/**
 * A Cyrillic 'а' in place of the Latin 'a': the domain reads as nato.int and is not. (One under .mil would
 * still be the US DoD's own, which the partner suffix `mil` rightly trusts.)
 */
const HOMOGLYPH = eml({
  to: 'NATO Liaison <liaison@n\u0430to.int>',
  subject: 'Exercise STEADFAST schedule (resend)',
  messageId: 'schedule-003@mod.gov.uk',
  date: 'Fri, 27 Nov 2026 10:15:00 +0000',
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Issue 5's journey for the .eml: an officer imports the email that went to army.ml, sees why each
 * recipient's domain is or is not a lookalike before anything is recorded, records it as an incident,
 * finds the recipients linked and the file kept with its SHA-256; a second email to army.ml shows the
 * pattern; a homoglyph email is added to the first incident from its Email tab — all offline.
 */
describe('email import: preview, record, see the pattern', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startE2eSession('email');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('imports .eml files into new and existing incidents and shows related incidents', async () => {
    await s.shotOnFailure('email', journey);
  });

  async function journey() {
    const { page } = s;
    const dialog = page.getByRole('dialog');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const fileInput = dialog.locator('input[type="file"]');

    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();

    // The dialog from the navigation: the file is read and every recipient classified before anything is recorded.
    await nav.getByRole('button', { name: 'Import email…' }).click();
    await dialog.getByText('Email file (.eml or .msg)').waitFor();
    await fileInput.setInputFiles({ name: 'exercise-schedule.eml', mimeType: 'message/rfc822', buffer: MISDIRECTED });
    const rows = dialog.getByTestId('recipient-row');
    await rows.first().waitFor();
    const joe = rows.filter({ hasText: 'joe.bloggs@army.ml' });
    expect(await joe.getByTestId('domain-class').textContent()).toMatch(/lookalike/i);
    expect(await joe.textContent()).toContain('.mil → .ml');
    expect(await rows.filter({ hasText: 'jane.smith@army.mil' }).getByTestId('domain-class').textContent()).toBe('Trusted partner');
    await dialog.getByText('Exercise STEADFAST schedule (December)').first().waitFor();
    await dialog.getByText('26 Nov 2026 16:32').waitFor();
    await s.shot('60-email-preview');

    // Recorded as a new incident under the proposed title; the officer judges it a misdirected email rather than the proposed kind.
    expect(await dialog.getByRole('radio', { name: 'Record as a new incident' }).isChecked()).toBe(true);
    await dialog.getByText(/^Proposed: /).waitFor();
    await dialog.getByRole('radio', { name: 'Misdirected email' }).check();
    expect(await dialog.getByLabel('Title').inputValue()).not.toBe('');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^INC-\d{4}-\d{4}: email recorded, \d+ part(y|ies) linked$/).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('incident-title').waitFor();
    const firstReference = (await page.getByTestId('incident-reference').textContent()) ?? '';
    expect(firstReference).toMatch(/^INC-\d{4}-\d{4}$/);

    // The unintended recipient is linked as a party; the file is kept with its SHA-256.
    await page.getByRole('tab', { name: /Parties/ }).click();
    await page.getByTestId('parties-table').getByText('joe.bloggs@army.ml', { exact: false }).first().waitFor();
    await s.shot('61-email-parties');
    await page.getByRole('tab', { name: 'Email' }).click();
    await page.getByTestId('evidence').getByText('exercise-schedule.eml').waitFor();
    expect(await page.getByTestId('evidence-sha256').textContent()).toBe(sha256(MISDIRECTED));
    const messages = page.getByTestId('message-row');
    await messages.first().waitFor();
    expect(await messages.filter({ hasText: 'joe.bloggs@army.ml' }).getByTestId('domain-class').textContent()).toMatch(/lookalike/i);
    await s.shot('62-email-tab');

    // A second email to army.ml, dropped on the window: the overlay invites the drop, the dialog reads it.
    await dropFile(page, 'movement-table.eml', SECOND, async () => {
      await page.getByTestId('file-drop-overlay').getByText('Drop the email (.eml or .msg) to import it').waitFor();
      await s.shot('63-email-drop-overlay');
    });
    await dialog.getByTestId('recipient-row').filter({ hasText: 'ops.desk@army.ml' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'Record as a new incident' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('incident-reference').filter({ hasNotText: firstReference }).waitFor();

    // The pattern: army.ml was in the first incident too.
    const related = page.getByTestId('related-summary');
    await related.getByText(/army\.ml has appeared in 1 other incident/).waitFor();
    await s.shot('64-related-summary');
    await related.getByRole('button').click();
    const group = page.getByTestId('related-group').filter({ hasText: 'army.ml has appeared in 1 other incident' });
    await group.getByTestId('related-incident').filter({ hasText: firstReference }).waitFor();
    await s.shot('65-related-tab');

    // Back to the first incident: its Email tab adds the homoglyph email to it, preselected.
    await group.getByTestId('related-incident').filter({ hasText: firstReference }).click();
    await page.getByTestId('incident-reference').getByText(firstReference).waitFor();
    await page.getByRole('tab', { name: 'Email' }).click();
    await page.getByRole('main').getByRole('button', { name: 'Import email…' }).click();
    await fileInput.setInputFiles({ name: 'schedule-resend.eml', mimeType: 'message/rfc822', buffer: HOMOGLYPH });
    const cyrillic = dialog.getByTestId('recipient-row').first();
    await cyrillic.waitFor();
    expect(await cyrillic.getByTestId('domain-class').textContent()).toMatch(/lookalike/i);
    expect(await cyrillic.getByTestId('domain-forms').textContent()).toContain('xn--');
    expect(await dialog.getByRole('radio', { name: `Add to ${firstReference}` }).isChecked()).toBe(true);
    await s.shot('66-email-homoglyph');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(`${firstReference}: email added, `, { exact: false }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('evidence').getByText('schedule-resend.eml').waitFor();
    expect(await page.getByTestId('evidence').count()).toBe(2);

    // The same file again adds nothing and says so; a file that is not an email is never read.
    await page.getByRole('main').getByRole('button', { name: 'Import email…' }).click();
    await fileInput.setInputFiles({ name: 'schedule-resend.eml', mimeType: 'message/rfc822', buffer: HOMOGLYPH });
    await dialog.getByTestId('recipient-row').first().waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(`${firstReference}: this file is already attached; nothing was added`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await s.shot('67-email-already-attached');
    await page.getByRole('main').getByRole('button', { name: 'Import email…' }).click();
    await fileInput.setInputFiles({ name: 'notes.eml', mimeType: 'message/rfc822', buffer: Buffer.from('%PDF-1.7 not an email at all') });
    await dialog.getByTestId('read-error').waitFor();
    await s.shot('68-email-not-an-email');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('evidence').count()).toBe(2);

    // The domain lists the classification used, with the suggestions not yet kept.
    await nav.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByText('covers every domain under it', { exact: false }).waitFor();
    // A pasted address keeps only its domain, in lower case; saving is audited.
    const internal = page.getByLabel('Internal domains').and(page.locator('input'));
    await internal.fill('Analyst@DSTL.gov.uk');
    await internal.press('Enter');
    await page.getByRole('button', { name: 'Save domains' }).click();
    await page.getByText(/^Domain lists saved: 2 internal, \d+ trusted partner/).waitFor();
    await internal.evaluate((el) => (el as unknown as DomElement).scrollIntoView({ block: 'center' }));
    await page.getByText('dstl.gov.uk', { exact: true }).waitFor();
    // Backspace takes the last partner off the list; the suggested default comes back as a one-click addition.
    const partners = page.getByLabel('Trusted partner domains').and(page.locator('input'));
    await partners.press('Backspace');
    await page.getByRole('button', { name: 'Add police.uk to trusted partner domains' }).waitFor();
    await s.shot('69-domain-settings');
    await page.getByRole('button', { name: 'Add police.uk to trusted partner domains' }).click();
    await page.getByRole('button', { name: 'Add police.uk to trusted partner domains' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Save domains' }).isDisabled()).toBe(true);
    // Something that cannot be a domain is refused at its list, before anything is saved.
    await partners.fill('army!mil');
    await partners.press('Enter');
    await page.getByRole('button', { name: 'Save domains' }).click();
    await page.getByText('“army!mil” is not a domain', { exact: false }).waitFor();
    await s.shot('70-domain-settings-refused');
    await partners.press('Backspace');
    expect(await page.getByRole('button', { name: 'Save domains' }).isDisabled()).toBe(true);

    await s.expectNothingLeaked();
  }
});

/** Drags a file over the window and drops it, as from the desktop; `whileOver` runs with the drag in progress. */
async function dropFile(page: Page, name: string, bytes: Buffer, whileOver: () => Promise<void>) {
  const dataTransfer = await page.evaluateHandle(
    `(() => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], ${JSON.stringify(name)}, { type: 'message/rfc822' }));
      return dt;
    })()`,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await whileOver();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}
