import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ok, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const ADMIN = 'Alex Morgan';
const REVIEWER = 'Jordan Lee';
/** Given by the administrator; the reviewer chooses REVIEWER_PASSWORD at the first login. */
const REVIEWER_FIRST_PASSWORD = 'given harbour tulip 2290 signal';
const REVIEWER_PASSWORD = 'quiet lantern orchard 1987 ferry';
const DEMO_TITLE = 'Papers naming Afghan staff left in the Kabul embassy compound';

/**
 * Backups from Settings: the administrator writes one to a folder (typed in the harness, where the app shows the
 * native dialog), sees it verified, checks it, changes the register, restores, logs in again and the change is
 * gone. Then a reviewer reads an incident's parties, notes and actions with no control to change them.
 */
describe('backups and the reviewer’s read-only tabs', () => {
  let s: E2eSession;
  let page: Page;
  let drive: string;

  beforeAll(async () => {
    s = await startE2eSession('backups');
    page = s.page;
    drive = mkdtempSync(join(tmpdir(), 'casebook-e2e-usb-'));
  });

  afterAll(async () => {
    await s?.close();
    rmSync(drive, { recursive: true, force: true });
  });

  const shot = (name: string) => s.shot(`backups-${name}`);
  const backups = () => page.getByRole('group', { name: 'Backups' });

  async function logIn(name: string, password: string) {
    await page.getByRole('heading', { name: 'Casebook is locked' }).waitFor();
    await page.getByLabel(/^Account name/).fill(name);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('current-account').getByText(name).waitFor();
  }

  /** An account's first login: the given password, then one of its own. */
  async function firstLogIn(name: string, given: string, own: string) {
    await page.getByRole('heading', { name: 'Casebook is locked' }).waitFor();
    await page.getByLabel(/^Account name/).fill(name);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(given);
    await page.getByRole('button', { name: 'Log in' }).click();
    const form = page.getByRole('form', { name: 'Choose your own password' });
    await form.getByRole('textbox', { name: 'Your new password', exact: true }).fill(own);
    await form.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(own);
    await form.getByRole('button', { name: 'Set password and log in' }).click();
    await page.getByTestId('current-account').getByText(name).waitFor();
  }

  async function typeFolder(path: string) {
    const prompt = page.getByRole('dialog');
    await prompt.getByLabel('Folder path').fill(path);
    await prompt.getByRole('button', { name: 'Use this folder' }).click();
  }

  it('backs up, checks the backup, and restores it: the change made since is gone', async () => {
    await s.shotOnFailure('backups-restore', async () => {
      await signIn(page, s.harness.url);
      await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
      await page.getByTestId('current-account').getByText(ADMIN).waitFor();

      // The navbar's reminder leads to Settings › Backups.
      await page.getByTestId('backup-overdue').click();
      await backups().getByText('There is no verified backup yet.', { exact: false }).waitFor();

      // A relative path is refused with the harness's reason, in red.
      await backups().getByRole('button', { name: 'Back up now…' }).click();
      await typeFolder('USB');
      await backups().getByTestId('backup-problem').getByText('USB is not a full path', { exact: false }).waitFor();

      await backups().getByRole('button', { name: 'Back up now…' }).click();
      await page.getByRole('dialog').getByText('Type the full path of the removable drive').waitFor();
      await shot('01-folder-prompt');
      await typeFolder(drive);
      const summary = backups().getByTestId('backup-summary');
      await summary.getByText(/written — verified ✓/).waitFor();
      await summary.getByText(`Opens with the accounts: ${ADMIN}.`).waitFor();
      await page.getByTestId('backup-overdue').waitFor({ state: 'detached' });
      const [backupName] = readdirSync(drive);
      expect(backupName).toMatch(/^casebook-backup-/);
      await summary.getByText(backupName!, { exact: false }).waitFor();
      await shot('02-backed-up');

      await backups().getByRole('button', { name: 'Check a backup…' }).click();
      await typeFolder(join(drive, backupName!));
      await summary.getByText(/checked — verified ✓/).waitFor();

      // The change: demo incidents loaded after the backup.
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByRole('button', { name: 'Load demo incidents' }).click();
      await page.getByTestId('register-row').filter({ hasText: DEMO_TITLE }).waitFor();

      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await backups().getByRole('button', { name: 'Restore from a backup…' }).click();
      await typeFolder(join(drive, backupName!));
      const confirm = page.getByRole('dialog', { name: `Restore the register from ${backupName}?` });
      await confirm.getByText('everyone must log in again', { exact: false }).waitFor();
      await shot('03-restore-confirm');
      await confirm.getByRole('button', { name: 'Restore and log everyone out' }).click();

      await page.getByText(`The register was restored from ${backupName}`, { exact: false }).waitFor();
      await shot('04-restored-locked');
      await logIn(ADMIN, ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByRole('button', { name: 'Load demo incidents' }).waitFor();
      expect(await page.getByTestId('register-row').count()).toBe(0);
    });
  });

  it('offers a reviewer no control to change an incident’s parties, notes or actions, and no log import', async () => {
    await s.shotOnFailure('backups-reviewer', async () => {
      await page.getByRole('button', { name: 'Load demo incidents' }).click();
      await page.getByTestId('register-row').filter({ hasText: DEMO_TITLE }).waitFor();
      ok(await s.api('accounts:create', { name: REVIEWER, role: 'reviewer', businessUnit: '', password: REVIEWER_FIRST_PASSWORD }));
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
      await firstLogIn(REVIEWER, REVIEWER_FIRST_PASSWORD, REVIEWER_PASSWORD);

      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByTestId('register-row').filter({ hasText: DEMO_TITLE }).click();
      await page.getByTestId('incident-title').getByText(DEMO_TITLE).waitFor();

      await page.getByRole('tab', { name: /^Parties/ }).click();
      await page.getByTestId('linked-party').first().waitFor();
      await page.getByTestId('read-only-note').getByText('the parties', { exact: false }).waitFor();
      for (const name of ['Add party', 'Edit', 'Unlink']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
      await shot('05-reviewer-parties');

      await page.getByRole('tab', { name: 'Notes' }).click();
      await page.getByTestId('note').first().waitFor();
      await page.getByTestId('read-only-note').getByText('the notes', { exact: false }).waitFor();
      expect(await page.getByLabel('Add a note').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Add note' }).count()).toBe(0);
      await shot('06-reviewer-notes');

      await page.getByRole('tab', { name: /^Actions/ }).click();
      await page.getByTestId('action-row').first().waitFor();
      await page.getByTestId('read-only-note').getByText('the actions', { exact: false }).waitFor();
      for (const name of ['Add action', 'Edit', 'Done']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
      await shot('07-reviewer-actions');

      // The other tabs show what is recorded, with nothing to save or record.
      for (const [tab, what, absent] of [
        ['Assessment', 'the assessments', /^Save (as )?assessment/],
        ['Decisions', 'the decisions', /^Save decisions$/],
        ['ICO report', 'these fields', /^Save ICO report fields$/],
        ['Notifications', 'who has been told', /^(Record|Mark)/],
      ] as const) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await page.getByTestId('read-only-note').getByText(what, { exact: false }).waitFor();
        expect(await page.getByRole('tabpanel').getByRole('button', { name: absent }).count()).toBe(0);
      }
      await shot('07b-reviewer-notifications-read-only');

      expect(await page.getByRole('button', { name: 'Import email…' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Gateway logs', exact: true }).click();
      await page.getByTestId('gateway-read-only').waitFor();
      await shot('08-reviewer-gateway');

      // Backups are an administrator's: a reviewer's Settings has no Backups fieldset.
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByTestId('settings-read-only').waitFor();
      expect(await page.getByRole('group', { name: 'Backups' }).count()).toBe(0);
      await s.expectNothingLeaked();
    });
  });
});
