import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAxeAudit, type AxeAudit } from './support/axe';
import { ADMIN_PASSWORD, ok, SHOTS, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const CC_TITLE = 'Afghan relocation applicants copied in (CC) instead of BCC';

/** An .eml with one recipient at a lookalike domain, so the import dialog shows its full preview. */
const EMAIL = Buffer.from(
  [
    'From: Liaison Officer <liaison.officer@mod.gov.uk>',
    'To: Joe Bloggs <joe.bloggs@army.ml>',
    'Subject: Exercise schedule',
    'Date: Thu, 26 Nov 2026 16:32:00 +0000',
    'Message-ID: <a11y-001@mod.gov.uk>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'The schedule is below.',
    '',
  ].join('\r\n'),
  'utf8',
);

/**
 * Issue 11 §4: every view and every dialog an officer can reach, checked by axe-core (WCAG 2 A/AA and
 * best practice) in one session. A critical or serious violation anywhere fails; the table printed shows
 * what remains at each level so moderate and minor ones are seen too.
 */
describe('accessibility: every view and dialog passes axe-core', () => {
  let s: E2eSession;
  let page: Page;
  let audit: AxeAudit;

  beforeAll(async () => {
    s = await startE2eSession('a11y');
    page = s.page;
    audit = startAxeAudit(page);
  });

  afterAll(async () => {
    await s?.close();
  });

  const dialog = () => page.getByRole('dialog');
  const section = (name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true });
  const tab = (name: string | RegExp) => page.getByRole('tab', { name });

  /** Opens a dialog, checks it, and closes it with Escape as an officer would. */
  async function checkDialog(view: string, open: () => Promise<void>) {
    await open();
    await dialog().first().waitFor();
    await audit.check(view);
    await page.keyboard.press('Escape');
    await dialog().first().waitFor({ state: 'detached' });
  }

  it('finds no critical or serious violation on any view', async () => {
    await s.shotOnFailure('a11y', walk);
    writeFileSync(join(SHOTS, 'axe-violations.txt'), audit.details());
    console.log(`axe-core over ${audit.views.length} views (counts are elements)\n${audit.report()}`);
    const blocking = audit.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
    expect(blocking.map((v) => `${v.view}: ${v.rule} (${v.impact}) × ${v.nodes} — ${v.targets.join(', ')}`)).toEqual([]);
    await s.expectNothingLeaked();
  });

  it('offers a skip link as the first Tab stop, which moves focus past the sections to the main region', async () => {
    await s.shotOnFailure('a11y-skip-link', async () => {
      await section('Register').click();
      await page.getByTestId('register-row').first().waitFor();
      // From the top of the document, as a keyboard user arrives: focusing the body moves Chromium's Tab starting point there.
      await page.evaluate("document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex')");
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to main content');
      // Off screen until focused, then in view.
      expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
      await s.shot('a11y-skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('main-content');
      // The next Tab lands inside the page, not on the sections.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('!!document.activeElement.closest("#main-content")')).toBe(true);
    });
  });

  it('rings a focused text input, not only recolours its border', async () => {
    const search = page.getByLabel('Search incidents');
    await search.click();
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Search incidents');
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
    await s.shot('a11y-focus-ring');
  });

  async function walk() {
    await signIn(page, s.harness.url);
    await audit.check('setup (first run)');
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();
    await audit.check('dashboard (empty)');

    await page.getByRole('button', { name: 'Load demo incidents' }).click();
    await page.getByTestId('panel-clocks').getByTestId('clock-watch').first().waitFor();
    await page.getByTestId('incidents-by-month').locator('.recharts-bar-rectangle').first().waitFor();
    await audit.check('dashboard (demo data)');
    await s.shot('a11y-dashboard');

    await section('Register').click();
    await page.getByTestId('register-row').first().waitFor();
    await audit.check('register');
    await s.shot('a11y-register');
    await checkDialog('register export dialog', async () => {
      await page.getByRole('button', { name: 'Export register' }).click();
      await dialog().getByTestId('sheet-preview').waitFor();
    });

    await page.getByRole('button', { name: 'New incident' }).click();
    await page.getByLabel('Title').waitFor();
    await audit.check('new incident form');

    await section('Parties').click();
    await page.getByLabel('Search parties').waitFor();
    const firstParty = page.getByTestId('parties-list').getByRole('button').first();
    await firstParty.waitFor();
    await audit.check('parties');
    await firstParty.click();
    await page.getByTestId('party-incidents').waitFor();
    await audit.check('party page');

    await section('Reports').click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByTestId('report-document').first().waitFor();
    await audit.check('reports (statistics preview)');

    await section('Gateway logs').click();
    await page.getByRole('heading', { name: 'Gateway logs' }).waitFor();
    await audit.check('gateway logs import');

    await section('Block list').click();
    await page
      .getByRole('heading', { name: /Block list/ })
      .first()
      .waitFor();
    await audit.check('lookalike block list');

    await section('Settings').click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    await audit.check('settings');
    await s.shot('a11y-settings');
    await checkDialog('confirm dialog (remove demo data)', () => page.getByRole('button', { name: 'Remove demo data' }).click());

    await section('Accounts').click();
    await page.getByRole('form', { name: 'New account' }).waitFor();
    await audit.check('accounts');
    await checkDialog('key rotation confirm', () => page.getByRole('button', { name: 'Rotate the register’s key' }).click());

    await checkDialog('email import dialog (empty)', () => section('Import email…').click());
    await checkDialog('email import dialog (preview)', async () => {
      await section('Import email…').click();
      await dialog().locator('input[type="file"]').setInputFiles({ name: 'schedule.eml', mimeType: 'message/rfc822', buffer: EMAIL });
      await dialog().getByTestId('recipient-row').first().waitFor();
    });

    await section('Register').click();
    await page.getByTestId('register-row').filter({ hasText: CC_TITLE }).click();
    await page.getByTestId('incident-title').getByText(CC_TITLE).waitFor();
    await walkIncident();

    // A half-typed note, then the lock: the login, and the offer of the draft after it.
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByLabel('Add a note').fill('Called the recipient; no answer yet.');
    await expect.poll(async () => ok(await s.api('drafts:list', {})).items.length).toBe(1);
    page.once('dialog', (question) => void question.accept());
    await section('Dashboard').click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('form', { name: 'Log in' }).waitFor();
    await audit.check('login');
    await s.shot('a11y-login');
    await page.getByLabel(/^Account name/).fill('Alex Morgan');
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    const offer = page.getByRole('dialog', { name: 'Unsaved work' });
    await offer.waitFor();
    await audit.check('unsaved work offered after login');
    await offer.getByRole('button', { name: /^Discard / }).click();
    await expect.poll(async () => ok(await s.api('drafts:list', {})).items.length).toBe(0);
  }

  async function walkIncident() {
    await audit.check('incident: details');
    await s.shot('a11y-incident-details');
    await tab('ICO report').click();
    await page.getByRole('form', { name: 'ICO report' }).waitFor();
    await audit.check('incident: ICO report');

    await tab(/^Parties/).click();
    await page.getByTestId('linked-party').first().waitFor();
    await audit.check('incident: parties');
    await s.shot('a11y-incident-parties');
    await checkDialog('add party dialog', () => page.getByRole('button', { name: 'Add party' }).click());
    await checkDialog('edit involvement dialog', () =>
      page
        .getByRole('button', { name: /involvement$/ })
        .first()
        .click(),
    );
    await checkDialog('unlink confirm dialog', () =>
      page
        .getByRole('button', { name: /^Unlink / })
        .first()
        .click(),
    );

    await tab('Assessment').click();
    await page.getByTestId('severity-result').waitFor();
    await audit.check('incident: assessment');

    await tab('Decisions').click();
    await page.getByLabel('Root cause').waitFor();
    await audit.check('incident: decisions');

    await tab('Notifications').click();
    await page.getByRole('button', { name: 'Record report to the ICO' }).waitFor();
    await audit.check('incident: notifications');
    await checkDialog('regulator report dialog', () => page.getByRole('button', { name: 'Record report to the ICO' }).click());
    await checkDialog('mark people told dialog', () => page.getByRole('button', { name: 'Mark people as told' }).click());
    await checkDialog('external notification dialog', () => page.getByRole('button', { name: 'Record organisation told' }).click());

    await tab(/^Actions/).click();
    await page.getByTestId('action-row').first().waitFor();
    await audit.check('incident: actions');
    await s.shot('a11y-incident-actions');
    await checkDialog('action dialog', () => page.getByRole('button', { name: 'Add action' }).click());

    await tab('Notes').click();
    await page.getByLabel('Add a note').waitFor();
    await audit.check('incident: notes');

    await tab('Evidence').click();
    await page.getByTestId('evidence-total').waitFor();
    await audit.check('incident: evidence');

    await tab('Email').click();
    await page.getByRole('tabpanel').waitFor();
    await audit.check('incident: email');

    await tab('Related').click();
    await page.getByRole('tabpanel').waitFor();
    await audit.check('incident: related');

    await tab('History').click();
    await page.getByTestId('history-entry').first().waitFor();
    await audit.check('incident: history');

    const workflow = page.getByRole('group', { name: 'Workflow' });
    await checkDialog('transition dialog', () => workflow.getByRole('button').last().click());

    const reports = page.getByRole('main').getByRole('button', { name: 'Reports' });
    await checkDialog('incident report dialog (ICO draft)', async () => {
      await reports.click();
      await dialog().getByTestId('report-document').first().waitFor();
    });
    await checkDialog('incident report dialog (briefing)', async () => {
      await reports.click();
      await dialog()
        .locator('label')
        .filter({ hasText: /^Ministerial briefing$/ })
        .click();
      await dialog().getByTestId('report-document').first().waitFor();
    });
  }
});
