import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startE2eSession, type E2eSession } from './support/e2eSession';

/** The .mil → .ml typo with two attachments, as Outlook saves it: the intended colleague at army.mil in Cc. */
const WITH_ATTACHMENTS = Buffer.from(
  [
    'From: Liaison Officer <liaison.officer@mod.gov.uk>',
    'To: Joe Bloggs <joe.bloggs@army.ml>',
    'Cc: Jane Smith <jane.smith@army.mil>',
    'Subject: Exercise STEADFAST schedule (December)',
    'Date: Thu, 26 Nov 2026 16:32:00 +0000',
    'Message-ID: <schedule-knowledge-001@mod.gov.uk>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="=_part"',
    '',
    '--=_part',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Joe, the schedule and the roster are attached. Please keep them within the team.',
    '',
    '--=_part',
    'Content-Type: application/pdf; name="schedule.pdf"',
    'Content-Disposition: attachment; filename="schedule.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4\n% exercise schedule placeholder\n%%EOF\n').toString('base64'),
    '--=_part',
    'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="roster.xlsx"',
    'Content-Disposition: attachment; filename="roster.xlsx"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.alloc(2048, 7).toString('base64'),
    '--=_part--',
    '',
  ].join('\r\n'),
  'utf8',
);

/**
 * Issue 11 §1: what the import knew stays on the incident — why each recipient's domain is what it is, the
 * attachments, a factual description — and the same email dropped again is one incident, with the way to it
 * offered in the dialog.
 */
describe('email import: what the import knew, and the same email twice', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startE2eSession('email-knowledge');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('keeps reasons, attachments and a description on the incident, and offers the incident holding a duplicate', async () => {
    await s.shotOnFailure('email-knowledge', journey);
  });

  async function journey() {
    const { page } = s;
    const dialog = page.getByRole('dialog');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const fileInput = dialog.locator('input[type="file"]');
    const importFile = async () => {
      await nav.getByRole('button', { name: 'Import email…' }).click();
      await fileInput.setInputFiles({ name: 'exercise-schedule.eml', mimeType: 'message/rfc822', buffer: WITH_ATTACHMENTS });
      await dialog.getByTestId('recipient-row').first().waitFor();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    };

    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();

    await importFile();
    await page.getByText(/^INC-\d{4}-\d{4}: email recorded, \d+ part(y|ies) linked$/).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const reference = (await page.getByTestId('incident-reference').textContent()) ?? '';
    expect(reference).toMatch(/^INC-\d{4}-\d{4}$/);

    // The description says what the file says: when, who, to how many in which field, the subject, the attachments.
    await page
      .getByText(
        'Sent on Thu 26 Nov 2026 at 16:32 by liaison.officer@mod.gov.uk to 2 recipients (1 in To, 1 in Cc), subject “Exercise STEADFAST schedule (December)”; 2 attachments: schedule.pdf, roster.xlsx.',
      )
      .waitFor();
    await s.shot('80-email-description');

    // The Email tab: why each recipient's domain is what it is, and what the message carried.
    await page.getByRole('tab', { name: 'Email' }).click();
    const rows = page.getByTestId('message-row');
    await rows.first().waitFor();
    expect(await rows.filter({ hasText: 'joe.bloggs@army.ml' }).getByTestId('message-reason').textContent()).toBe(
      "army.ml imitates army.mil — top-level domain typo: .mil → .ml (the 'i' was omitted); .ml is a country-code domain (Mali)",
    );
    expect(await rows.filter({ hasText: 'jane.smith@army.mil' }).getByTestId('message-reason').textContent()).toMatch(/army\.mil/);
    expect(await page.getByTestId('evidence-attachment').allTextContents()).toEqual([
      'schedule.pdf (47 bytes, application/pdf)',
      'roster.xlsx (2.0 KB, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
    ]);
    await s.shot('81-email-tab-knowledge');

    // The same email again, from the register: refused as a new incident, with the incident holding it offered.
    await nav.getByRole('button', { name: 'Register', exact: true }).click();
    await importFile();
    const duplicate = dialog.getByTestId('duplicate-email');
    await duplicate.getByText(`This email is already recorded in ${reference} (the same file)`, { exact: false }).waitFor();
    await s.shot('82-email-duplicate');
    // "Add to it": the incident already keeps this very file, so nothing is added and the officer is told.
    await duplicate.getByRole('button', { name: 'Add to it' }).click();
    await page.getByText(`${reference}: this file is already attached; nothing was added`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('evidence').first().waitFor();
    expect(await page.getByTestId('evidence').count()).toBe(1);

    // "Open INC-…" goes to the incident's Email tab.
    await nav.getByRole('button', { name: 'Register', exact: true }).click();
    await importFile();
    await duplicate.getByRole('button', { name: `Open ${reference}` }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('incident-reference').getByText(reference).waitFor();
    await page.getByTestId('evidence').getByText('exercise-schedule.eml').waitFor();
    expect(await page.getByTestId('evidence').count()).toBe(1);
    await s.shot('83-email-duplicate-opened');

    await s.expectNothingLeaked();
  }
});
