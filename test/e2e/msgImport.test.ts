import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMsg } from '../fixtures/msgFiles';
import { misdirectedSpec, msipLabels } from '../fixtures/msgSamples';
import { signIn, startE2eSession, type E2eSession } from './support/e2eSession';

/**
 * The forward an officer receives from a colleague, dragged out of Outlook: a .msg whose original (the
 * email that went to army.ml, labelled OFFICIAL-SENSITIVE by Purview) is attached as an Outlook item.
 */
const FORWARD = buildMsg({
  subject: 'FW: Movement orders',
  sender: { name: 'Duty Officer', email: 'duty.officer@mod.gov.uk' },
  sentAt: new Date(Date.UTC(2023, 2, 14, 10, 5)),
  messageId: '<fw-e2e@mod.gov.uk>',
  recipients: [{ type: 'to', name: 'Security', email: 'security@mod.gov.uk' }],
  attachments: [{ name: 'Movement orders', embedded: { ...misdirectedSpec(), headers: `${msipLabels('OFFICIAL-SENSITIVE')}\r\n` } }],
});

/**
 * Issue 14 §1: a .msg dropped onto the window is read like an .eml — the attached original's sender and
 * recipients, not the forward's — and recorded as an incident with the right parties, the .msg kept as
 * evidence and the label's marking offered for the material.
 */
describe('Outlook .msg import: drop a forward, record the original', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startE2eSession('msg');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('records the original inside a dropped .msg as an incident with the right recipients', async () => {
    await s.shotOnFailure('msg', journey);
  });

  async function journey() {
    const { page } = s;
    const dialog = page.getByRole('dialog');

    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();

    await dropFile(page, 'FW Movement orders.msg', FORWARD, async () => {
      await page.getByTestId('file-drop-overlay').getByText('Drop the email (.eml or .msg) to import it').waitFor();
    });

    // The original's recipients, each classified; the forward's own sender and recipient are not among them.
    const rows = dialog.getByTestId('recipient-row');
    await rows.filter({ hasText: 'joe.bloggs@army.ml' }).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.filter({ hasText: 'joe.bloggs@army.ml' }).getByTestId('domain-class').textContent()).toMatch(/lookalike/i);
    expect(await rows.filter({ hasText: 'security@mod.gov.uk' }).count()).toBe(0);
    await dialog.getByText('Forward: attached original used').waitFor();
    await dialog.getByText('Harper, Jo <j.harper@mod.gov.uk>').waitFor();
    await dialog.getByText(/^This file is a forward from duty\.officer@mod\.gov\.uk/).waitFor();
    // The Purview label is offered for the material's marking; the officer keeps it.
    const material = dialog.getByLabel('Marking of the material compromised', { exact: true });
    expect(await material.inputValue()).toBe('OFFICIAL-SENSITIVE');
    await dialog.getByText('The message was labelled “OFFICIAL-SENSITIVE” (Microsoft Purview)').waitFor();
    await s.shot('70-msg-preview');
    await material.scrollIntoViewIfNeeded();
    await s.shot('70b-msg-material-marking');

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^INC-\d{4}-\d{4}: email recorded, 4 parties linked$/).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('incident-title').getByText('Email to army.ml (lookalike of army.mil): Movement orders').waitFor();

    await page.getByRole('tab', { name: /Parties/ }).click();
    const parties = page.getByTestId('parties-table');
    for (const address of ['joe.bloggs@army.ml', 'ann.smith@mod.gov.uk', 'case.worker@homeoffice.gov.uk', 'j.harper@mod.gov.uk']) {
      await parties.getByText(address, { exact: false }).first().waitFor();
    }
    expect(await parties.getByText('duty.officer@mod.gov.uk', { exact: false }).count()).toBe(0);
    await s.shot('71-msg-parties');

    await page.getByRole('tab', { name: 'Email' }).click();
    const evidence = page.getByTestId('evidence');
    await evidence.getByText('FW Movement orders.msg').waitFor();
    await evidence.getByText('Email (Outlook .msg)').waitFor();
    expect(await page.getByTestId('evidence-sha256').textContent()).toBe(createHash('sha256').update(FORWARD).digest('hex'));
    await page.getByTestId('message-row').filter({ hasText: 'joe.bloggs@army.ml' }).waitFor();
    await s.shot('72-msg-email-tab');

    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByText('OFFICIAL-SENSITIVE', { exact: true }).first().waitFor();
  }
});

/** Drops a file on the window as a drag from Outlook does: a DataTransfer holding one File. */
async function dropFile(page: Page, name: string, bytes: Buffer, whileOver: () => Promise<void>) {
  const dataTransfer = await page.evaluateHandle(
    `(() => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], ${JSON.stringify(name)}, { type: 'application/vnd.ms-outlook' }));
      return dt;
    })()`,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await whileOver();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}
