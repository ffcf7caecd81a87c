import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_PDF, pngImage } from '../fixtures/evidenceFiles';
import { ok, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const BUS_STOP_TITLE = 'Papers left at a bus stop on the A28';
const PHOTO = pngImage(320, 200);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Clicks `what` and returns the name and bytes of the download it starts (the harness's stand-in for the save dialog). */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/**
 * Issue 14 §2's journey: the officer attaches the photo of the papers at the bus stop to the incident,
 * sees it as a picture with its type read from its bytes and its SHA-256, saves a copy back out (the same
 * bytes), drops a statement onto the tab, attaches a scanned letter that is never shown, removes it with a reason, and finds every step in
 * the chain of custody — all offline.
 */
describe('evidence: attach a photo and export it back', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startE2eSession('evidence');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('attaches a photo, shows it, saves the same bytes back out, and keeps custody through a removal', async () => {
    await s.shotOnFailure('evidence', journey);
  });

  async function journey() {
    const { page } = s;
    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();
    // Recorded as another window would; the officer then opens its Evidence tab by its address.
    const { reference } = ok(await s.api('incidents:create', { title: BUS_STOP_TITLE, kind: 'lost_document', discoveredAt: Date.UTC(2026, 10, 26, 8, 10), details: {} }));
    await page.evaluate(`window.location.hash = '#/incidents/${reference}/evidence'`);
    await page.getByTestId('incident-title').getByText(BUS_STOP_TITLE).waitFor();
    const drop = page.getByTestId('evidence-drop');
    await drop.waitFor();

    // The photo, chosen and described, then attached.
    await drop.locator('input[type="file"]').setInputFiles({ name: 'IMG_2041.png', mimeType: 'image/png', buffer: PHOTO });
    await drop.getByLabel('What it is').fill('Photo of the papers on the bench, taken by the member of the public who found them');
    await drop.getByRole('button', { name: 'Attach to the incident' }).click();
    const photo = page.getByTestId('evidence-item').filter({ hasText: 'IMG_2041.png' });
    await photo.getByTestId('evidence-thumbnail').waitFor();
    expect(await photo.getByTestId('evidence-item-sha256').textContent()).toBe(sha256(PHOTO));
    expect(await photo.getByTestId('evidence-type').textContent()).toMatch(/^PNG image · /);
    expect(await photo.getByTestId('evidence-thumbnail').getAttribute('src')).toMatch(/^blob:/);
    expect(await page.getByTestId('evidence-total').textContent()).toMatch(/^1 item, [\d.]+ KB in all\. Each file may be up to 200 MB\.$/);

    // A copy saved back out is the same bytes, and the export is in its chain of custody.
    const saved = await download(page, () => photo.getByRole('button', { name: 'Save a copy…' }).click());
    expect(saved.name).toBe('IMG_2041.png');
    expect(sha256(saved.bytes)).toBe(sha256(PHOTO));
    await photo
      .getByTestId('custody-step')
      .filter({ hasText: /^Copy exported .* by Alex Morgan$/ })
      .waitFor();
    await s.shot('90-evidence-photo');

    // A statement dragged onto the incident's evidence: attached here, not taken as an email by the window's own drop target.
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Found on the bench at 08:10 by a passer-by.'], 'finder-statement.txt', { type: 'text/plain' }));
      const zone = document.querySelector('[data-testid="evidence-drop"]');
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    })()`);
    await drop.getByText('finder-statement.txt').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await drop.getByRole('button', { name: 'Attach to the incident' }).click();
    const statement = page.getByTestId('evidence-item').filter({ hasText: 'finder-statement.txt' });
    expect(await statement.getByTestId('evidence-type').textContent()).toMatch(/^Type not recognised from its content · /);

    // A scanned letter: kept, listed by its type, never shown; then removed with a reason, its custody kept.
    await drop.locator('input[type="file"]').setInputFiles({ name: 'letter-from-finder.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await drop.getByRole('button', { name: 'Attach to the incident' }).click();
    const letter = page.getByTestId('evidence-item').filter({ hasText: 'letter-from-finder.pdf' });
    expect(await letter.getByTestId('evidence-type').textContent()).toMatch(/^PDF document · /);
    expect(await letter.getByTestId('evidence-thumbnail').count()).toBe(0);
    await letter.getByRole('button', { name: 'Remove…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Why it is removed').fill('Attached to the wrong incident');
    await dialog.getByRole('button', { name: 'Remove the file' }).click();
    await dialog.waitFor({ state: 'detached' });
    const removed = page.getByTestId('evidence-removed').filter({ hasText: 'letter-from-finder.pdf' });
    await removed
      .getByTestId('custody-step')
      .filter({ hasText: /^Removed .* by Alex Morgan — Attached to the wrong incident$/ })
      .waitFor();
    expect(await page.getByTestId('evidence-item').count()).toBe(2);
    await s.shot('91-evidence-removed');
    await s.expectNothingLeaked();
  }
});
