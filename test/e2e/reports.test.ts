import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const BUS_STOP_TITLE = 'Classified papers left at a bus stop in Kent';
const CC_TITLE = 'Afghan relocation applicants copied in (CC) instead of BCC';
const PUBLIC_ACCOUNT = 'An email to applicants showed every address to the other recipients. We have asked each of them to delete it.';
const LINES_TO_TAKE = 'We take the security of classified material extremely seriously. An investigation was launched immediately.';

/** Clicks `button` and returns the bytes of the download it starts (a blob download in the harness). */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * Issue 4's journey: the officer previews a ministerial briefing with their own lines to take and saves
 * it as PDF, checks the ICO draft's missing answers, exports the register as Excel and CSV and previews
 * the year's statistics — all offline, each file a download from memory — and finds the generation in
 * the incident's history.
 */
describe('reports: preview, then save', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startE2eSession('reports');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('previews and saves a briefing, the ICO draft, the register and the statistics, and audits each', async () => {
    await s.shotOnFailure('reports', journey);
  });

  async function journey() {
    const { page } = s;
    const dialog = page.getByRole('dialog');
    // The incident's Reports dialog (the kind chosen in it), and the Reports page in the sections on the left.
    const reportsMenu = page.getByRole('main').getByRole('button', { name: 'Reports' });
    const chooseKind = (name: string) =>
      dialog
        .locator('label')
        .filter({ hasText: new RegExp(`^${name}$`) })
        .click();
    const section = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });

    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();
    await page.getByRole('button', { name: 'Load demo incidents' }).click();
    await page.getByTestId('panel-clocks').getByTestId('clock-watch').first().waitFor();

    // The bus-stop papers, from the register.
    await section('Register').click();
    await page.getByTestId('register-row').filter({ hasText: BUS_STOP_TITLE }).click();
    await page.getByTestId('incident-title').getByText(BUS_STOP_TITLE).waitFor();
    const reference = (await page.getByTestId('incident-reference').textContent()) ?? '';
    const incidentId = ok(await s.api('incidents:list', { filter: { text: 'bus stop' }, limit: 10 })).items.find((i) => i.reference === reference)!.id;

    // Ministerial briefing: the lines to take are the officer's own, shown in the preview before saving.
    await reportsMenu.click();
    await chooseKind('Ministerial briefing');
    const briefing = dialog.getByTestId('report-document').first();
    await briefing.waitFor();
    await dialog.getByLabel('Lines to take').fill(LINES_TO_TAKE);
    await dialog.getByRole('button', { name: 'Update preview' }).click();
    await dialog.getByTestId('preview-current').waitFor();
    await briefing.getByText(LINES_TO_TAKE).waitFor();
    const banners = briefing.getByTestId('marking-banner');
    expect(await banners.count()).toBe(2);
    expect(await banners.first().textContent()).toMatch(/OFFICIAL|SECRET/);
    expect(await banners.first().textContent()).toBe(await banners.last().textContent());
    expect(await briefing.getByTestId('report-title').textContent()).toContain(BUS_STOP_TITLE);
    await briefing.getByText('Lines to take', { exact: true }).waitFor();
    await s.shot('50-briefing-preview');

    const pdf = await download(page, () => dialog.getByRole('button', { name: 'Save as PDF' }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.length).toBeGreaterThan(1000);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByText(`Saved ${pdf.name} to your downloads`).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The ICO draft lists what is still missing before it can be submitted.
    // The dialog opens on the ICO draft.
    await reportsMenu.click();
    await dialog.getByTestId('report-document').first().waitFor();
    const missing = dialog.getByTestId('report-missing-list');
    await missing.waitFor();
    expect(await missing.textContent()).toMatch(/mandatory answers? (is|are) still missing|Every mandatory answer is filled in/);
    await s.shot('51-ico-draft-preview');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Letters to the people still to be told about the CC email: previewed one by one, saved as Word.
    await section('Register').click();
    await page.getByTestId('register-row').filter({ hasText: CC_TITLE }).click();
    await page.getByTestId('incident-title').getByText(CC_TITLE).waitFor();
    // The officer writes the public account the letters carry, on the Decisions tab beside the Art. 34 decision.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const publicAccount = page.getByRole('textbox', { name: 'Public account for the people affected' });
    await publicAccount.fill(PUBLIC_ACCOUNT);
    await publicAccount.scrollIntoViewIfNeeded();
    await s.shot('51a-public-account');
    await page.getByRole('button', { name: 'Save decisions' }).click();
    await page.getByText(/^Saved the decisions on /).waitFor();
    await reportsMenu.click();
    await chooseKind('Letters to the people affected');
    await dialog.getByTestId('report-document').first().waitFor();
    const merged = dialog.getByRole('switch', { name: /One merged document/ });
    await merged.setChecked(false, { force: true });
    await dialog.getByRole('button', { name: 'Update preview' }).click();
    await dialog.getByTestId('preview-current').waitFor();
    expect(await dialog.getByTestId('report-document').count()).toBeGreaterThan(1);
    expect(await dialog.getByTestId('report-document').first().textContent()).toContain(PUBLIC_ACCOUNT);
    await merged.setChecked(true, { force: true });
    await dialog.getByRole('button', { name: 'Update preview' }).click();
    await dialog.getByTestId('preview-current').waitFor();
    // Saving waits for the officer's word that each letter may be released to its recipient.
    const saveWord = dialog.getByRole('button', { name: 'Save as Word' });
    expect(await saveWord.isDisabled()).toBe(true);
    const releasable = dialog.getByRole('checkbox', { name: /I have read each letter/ });
    await releasable.check({ force: true });
    // Letters previewed again are letters to read again: the confirmation is cleared.
    await merged.setChecked(false, { force: true });
    await dialog.getByRole('button', { name: 'Update preview' }).click();
    await dialog.getByTestId('preview-current').waitFor();
    expect(await releasable.isChecked()).toBe(false);
    await merged.setChecked(true, { force: true });
    await dialog.getByRole('button', { name: 'Update preview' }).click();
    await dialog.getByTestId('preview-current').waitFor();
    await releasable.check({ force: true });
    await s.shot('52-letters-preview');
    const letters = await download(page, () => dialog.getByRole('button', { name: 'Save as Word' }).click());
    expect(letters.name).toMatch(/\.docx$/);
    expect(letters.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The register as Excel (a zip: PK) and CSV, for the current filters.
    await section('Register').click();
    await page.getByTestId('register-row').first().waitFor();
    await page.getByRole('button', { name: 'Export register' }).click();
    await dialog.getByTestId('sheet-preview').waitFor();
    const total = ok(await s.api('incidents:list', { limit: 1 })).total;
    expect(await dialog.getByTestId('sheet-row-count').textContent()).toContain(`${total.toLocaleString('en-GB')} rows`);
    await s.shot('53-register-export-preview');
    const xlsx = await download(page, () => dialog.getByRole('button', { name: 'Save as Excel' }).click());
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const csv = await download(page, () => dialog.getByRole('button', { name: 'Save as CSV' }).click());
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain(BUS_STOP_TITLE);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The statistics for a period, with their chart, on the Reports page.
    await section('Reports').click();
    // Mantine's segmented control hides its radios under their labels: the label takes the click.
    await page
      .getByRole('main')
      .locator('label')
      .filter({ hasText: /^Custom$/ })
      .click();
    await page.getByLabel('From').fill('01/01/2020');
    await page.getByLabel('To (included)').fill('31/02/2026');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('That month has 28 days').waitFor();
    expect(await page.getByTestId('report-document').count()).toBe(0);
    await page.getByLabel('To (included)').fill('31/12/2026');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('report-document').first().waitFor();
    await page.getByTestId('report-chart').first().locator('.recharts-bar-rectangle').first().waitFor();
    await s.shot('54-statistics-preview');
    const statistics = await download(page, () => page.getByRole('button', { name: 'Save as Excel' }).click());
    expect(statistics.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // Generating is itself recorded: who, which report, which format — in the incident's history.
    const history = ok(await s.api('incidents:history', { id: incidentId, limit: 100 })).items;
    const generated = history.filter((e) => e.action === 'report.generated');
    expect(generated.length).toBeGreaterThanOrEqual(1);
    expect(generated[0]!.actor).toBe('Alex Morgan');
    await section('Register').click();
    await page.getByTestId('register-row').filter({ hasText: BUS_STOP_TITLE }).click();
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByTestId('history-entry').filter({ hasText: generated[0]!.summary }).first().waitFor();
    await s.shot('55-history-report-generated');

    await s.expectNothingLeaked();
  }
});
