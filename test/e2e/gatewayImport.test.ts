import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeLog, exchangeRow } from '../fixtures/emailFiles';
import { chooseOption, ok, pickOptions, SHOTS, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

/** Enough rows that reading takes several progress events, as a year of a department's outbound mail would. */
const ROWS = 80_000;
const LOOKALIKES = ['army.ml', 'navy.ml', 'af.ml'];

/**
 * An Exchange message tracking log where most mail went where it should (army.mil) and some went to
 * Mali's .ml by a one-letter typo, from a few senders to a few hundred recipients.
 */
function missentLog(batch: string): string {
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const domain = i % 5 < 2 ? 'army.mil' : LOOKALIKES[i % LOOKALIKES.length]!;
    const at = new Date(Date.UTC(2023, 0, 1) + i * 397_000).toISOString();
    rows.push(
      exchangeRow({
        at,
        recipients: [`officer${i % 300}@${domain}`],
        sender: `liaison${i % 7}@mod.gov.uk`,
        subject: `${batch}: exercise schedule ${i % 40}`,
        messageId: `<${i}.${at}@mod.gov.uk>`,
      }),
    );
  }
  return exchangeLog(rows);
}

/** A relay's own CSV export, in column names Casebook does not know. */
const RELAY_CSV = [
  'Logged,Envelope sender,Delivered to,Topic',
  '2023-03-14T09:12:00Z,j.harper@mod.gov.uk,r.khan@army.ml,Movement orders',
  '2023-03-14T09:20:00Z,j.harper@mod.gov.uk,ops@army.mil,Movement orders',
  '2023-03-15T11:02:00Z,j.harper@mod.gov.uk,"r.khan@army.ml; s.diallo@army.ml",Crew list',
  '',
].join('\r\n');

/** A week's tracking log with two more messages to army.ml, imported with no incident chosen. */
const WEEK_LOG = exchangeLog(
  ['k.osei@army.ml', 'm.diaz@army.ml'].map((to, i) =>
    exchangeRow({ at: `2023-03-20T10:0${i}:00Z`, recipients: [to], sender: 'j.harper@mod.gov.uk', subject: 'Leave rota', messageId: `<week${i}@mod.gov.uk>` }),
  ),
);

/**
 * Records every value the import's progress bar announces and every rate line under it, from inside the
 * page: the harness runs in this test's process and the import keeps its event loop busy, so polling
 * from here would see only a few of them, late.
 */
const WATCH_PROGRESS = `
  window.__progressValues = [];
  window.__rateLines = [];
  setInterval(() => {
    const bar = document.querySelector('[role="progressbar"][aria-label="Import progress"]');
    const value = bar && bar.getAttribute('aria-valuenow');
    if (value !== null && value !== undefined && window.__progressValues.at(-1) !== value) window.__progressValues.push(value);
    const rate = document.querySelector('[data-testid="gateway-rate"]');
    if (rate && window.__rateLines.at(-1) !== rate.textContent) window.__rateLines.push(rate.textContent);
  }, 20);
`;

/** Clicks the running import's Cancel button the moment the first rate is shown (from inside the page, as above). */
const CANCEL_AT_FIRST_PROGRESS = `(() => {
  const timer = setInterval(() => {
    const rate = document.querySelector('[data-testid="gateway-rate"]');
    if (!rate || !/rows\\/s/.test(rate.textContent)) return;
    clearInterval(timer);
    [...document.querySelectorAll('[data-testid="gateway-progress"] button')].find((b) => b.textContent === 'Cancel').click();
  }, 10);
})()`;

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/**
 * The email issue's gateway journey: an officer imports a year of Exchange tracking log, watches it read,
 * finds army.ml filed as an incident with the reason, cancels a second import that leaves nothing behind,
 * and exports the Postfix block list in which army.ml is marked as already seen.
 */
describe('gateway log import and block list', () => {
  let s: E2eSession;
  let dir: string;
  let logPath: string;
  let secondLogPath: string;
  let csvPath: string;
  let weekLogPath: string;

  beforeAll(async () => {
    s = await startE2eSession('gateway');
    dir = mkdtempSync(join(tmpdir(), 'casebook-gateway-log-'));
    logPath = join(dir, 'MSGTRK2023.log');
    writeFileSync(logPath, missentLog('Batch A'));
    // Another file: Casebook refuses to import the same file twice.
    secondLogPath = join(dir, 'MSGTRK2024.log');
    writeFileSync(secondLogPath, missentLog('Batch B'));
    csvPath = join(dir, 'relay-export.csv');
    writeFileSync(csvPath, RELAY_CSV);
    weekLogPath = join(dir, 'MSGTRK2023-week.log');
    writeFileSync(weekLogPath, WEEK_LOG);
  });

  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a tracking log with progress, cancels another, and exports the block list offline', async () => {
    await s.shotOnFailure('gateway', journey);
  });

  async function journey() {
    const { page } = s;
    const section = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
    const registerTotal = async () => ok(await s.api('incidents:list', { limit: 1 })).total;
    await page.addInitScript(WATCH_PROGRESS);

    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();

    // Choose the log: Casebook recognises the format from its header.
    await section('Gateway logs').click();
    await page.getByLabel('Gateway log file').setInputFiles(logPath);
    await page.getByTestId('detected-format').getByText('Recognised: Exchange Server message tracking log').waitFor();
    expect(await page.getByRole('combobox', { name: 'Read it as' }).inputValue()).toBe('Exchange Server message tracking log');
    await s.shot('70-gateway-options');

    // Start: the bar moves, the rate is shown, then the summary replaces it.
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.screenshot({ path: join(SHOTS, '71-gateway-progress.png') });
    await page.getByTestId('gateway-summary').waitFor({ timeout: 120_000 });
    const announced = ((await page.evaluate('window.__progressValues')) as string[]).map(Number);
    expect(new Set(announced).size).toBeGreaterThanOrEqual(2);
    expect(announced).toEqual([...announced].sort((a, b) => a - b));
    const rateLines = (await page.evaluate('window.__rateLines')) as string[];
    expect(rateLines.some((line) => /^[\d,]+ rows · [\d,]+ rows\/s · \d+% of the file$/.test(line))).toBe(true);

    const summary = page.getByTestId('gateway-summary');
    await summary.getByText('80,000', { exact: true }).waitFor();
    await summary.getByText(/^Lookalike: 48,000$/).waitFor();
    await summary.getByText(/^Trusted partner: 32,000$/).waitFor();
    expect(await page.getByTestId('gateway-sha256').textContent()).toMatch(/^[0-9a-f]{64}$/);
    const armyMl = page.getByTestId('gateway-group').filter({ hasText: 'army.ml' });
    await armyMl.getByText("top-level domain typo: .mil → .ml (the 'i' was omitted)").waitFor();
    await armyMl.getByText('new').waitFor();
    expect(await page.getByTestId('gateway-group').count()).toBe(3);
    await s.shot('72-gateway-summary');

    // The reference opens the incident the army.ml messages were filed in.
    const reference = (await armyMl.getByRole('button', { name: /^INC-/ }).textContent()) ?? '';
    expect(reference).toMatch(/^INC-\d{4}-\d{4}$/);
    await armyMl.getByRole('button', { name: reference }).click();
    expect(await page.getByTestId('incident-reference').textContent()).toBe(reference);
    await s.shot('73-gateway-incident');

    // Another gateway's CSV: its columns are mapped by hand, and its messages go into that same incident.
    expect(await registerTotal()).toBe(3);
    await section('Gateway logs').click();
    await page.getByTestId('gateway-summary').waitFor();
    await page.getByRole('button', { name: 'Import another log' }).click();
    await page.getByLabel('Gateway log file').setInputFiles(csvPath);
    await page.getByTestId('detected-format').getByText('Not recognised — map the columns').waitFor();
    expect(await page.getByRole('combobox', { name: /^Sender/ }).inputValue()).toBe('Envelope sender');
    await page.getByTestId('sample-rows').getByText('r.khan@army.ml', { exact: true }).waitFor();
    await chooseOption(page, 'Sent at', 'Logged');
    await chooseOption(page, 'Recipients', 'Delivered to');
    await chooseOption(page, 'Subject', 'Topic');
    await page.getByLabel('Add everything to an existing incident').check();
    await page.getByLabel('Find the incident').fill('army.ml MSGTRK2023');
    await page.getByRole('option', { name: new RegExp(reference) }).click();
    await page.getByTestId('gateway-target').getByText(reference).waitFor();
    await s.shot('74-gateway-csv-mapping');
    await page.getByRole('button', { name: 'Start import' }).click();
    const existing = page.getByTestId('gateway-group').filter({ hasText: 'army.ml' });
    await existing.getByText('existing').waitFor();
    expect(await existing.getByRole('button', { name: /^INC-/ }).textContent()).toBe(reference);
    expect(await registerTotal()).toBe(3);

    // A week's log with no incident chosen: army.ml is already under investigation, so its messages join that incident.
    await page.getByRole('button', { name: 'Import another log' }).click();
    await page.getByLabel('Gateway log file').setInputFiles(weekLogPath);
    await page.getByTestId('detected-format').getByText('Recognised: Exchange Server message tracking log').waitFor();
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByTestId('gateway-added-to-open').getByText(`2 messages to army.ml added to ${reference}, already open for that domain.`).waitFor();
    await page.getByTestId('gateway-group').filter({ hasText: 'army.ml' }).getByText('already open').waitFor();
    await s.shot('74b-gateway-added-to-open');
    expect(await registerTotal()).toBe(3);

    // A second run of the big log (another file: the same one twice is refused), cancelled at its first progress: nothing is written.
    const before = await registerTotal();
    await page.getByRole('button', { name: 'Import another log' }).click();
    await page.getByLabel('Gateway log file').setInputFiles(secondLogPath);
    // The harness runs in this test's process and the import keeps its event loop busy, so a click sent from
    // here would arrive late; the page itself presses Cancel as soon as the first progress (a rate) is shown.
    await page.evaluate(CANCEL_AT_FIRST_PROGRESS);
    await page.getByRole('button', { name: 'Start import' }).click();
    await page.getByTestId('gateway-cancelled').getByText('Cancelled — nothing was imported.').waitFor({ timeout: 60_000 });
    await s.shot('75-gateway-cancelled');
    expect(await registerTotal()).toBe(before);

    // The block list for every configured domain: tens of thousands of typos, only those on screen in the DOM.
    await section('Block list').click();
    await page
      .getByTestId('configured-domains')
      .getByText(/the 12 configured domains: mod\.gov\.uk, gov\.uk, mil, army\.mil/)
      .waitFor();
    await page.getByRole('button', { name: 'Generate' }).click();
    await page
      .getByTestId('lookalike-counts')
      .getByText(/^[\d,]{6,} lookalikes of 12 domains; [1-9]\d* already seen$/)
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('lookalike-row').count()).toBeLessThan(100);
    await pickOptions(page, 'Typo class', ['Homoglyph'], page.getByRole('main'));
    await page.getByTestId('lookalike-row').getByText('mod.ĝov.uk', { exact: true }).waitFor();
    await page.getByTestId('lookalike-row').getByText('mod.xn--ov-qna.uk', { exact: true }).waitFor();
    await s.shot('76-block-list-homoglyphs');

    // The block list for army.mil: army.ml is a suffix typo already seen in the incident just filed.
    await page.getByRole('main').getByLabel('Typo class').and(page.locator('input')).press('Backspace');
    await page
      .getByTestId('lookalike-counts')
      .getByText(/lookalikes of 12 domains; [1-9]\d* already seen$/)
      .waitFor();
    const domainsInput = page.getByRole('combobox', { name: 'Domains to protect' });
    await domainsInput.fill('army.mil');
    await domainsInput.press('Enter');
    await page.getByRole('button', { name: 'Generate' }).click();
    // The list for every domain stays on screen until the new one replaces it, so wait for the new counts.
    await page
      .getByTestId('lookalike-counts')
      .getByText(/^[\d,]+ lookalikes of 1 domain; [1-9]\d* already seen$/)
      .waitFor();
    await s.shot('77-block-list');
    await page.getByLabel('Only those seen in incidents').check();
    const row = page.getByTestId('lookalike-row').filter({ has: page.getByText('army.ml', { exact: true }) });
    await row.getByText('Public suffix').waitFor();
    await row.getByText("top-level domain typo: .mil → .ml (the 'i' was omitted)").waitFor();
    await row
      .getByTestId('lookalike-seen')
      .getByText(/^seen in [1-9]\d* incidents?$/)
      .waitFor();
    await s.shot('78-block-list-seen');

    const map = await download(page, () => page.getByRole('button', { name: 'Postfix access map' }).click());
    expect(map.name).toMatch(/\.map$/);
    expect(map.text).toMatch(/^army\.ml\tREJECT /m);

    await s.expectNothingLeaked();
  }
});
