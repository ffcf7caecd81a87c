import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../electron/core/db/openDatabase';
import { registerKey } from '../core/vault/vaultHelpers';
import { ADMIN_PASSWORD, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const REVIEWER = 'Jordan Lee';
/** The first password the administrator gives; the reviewer replaces it at the first login. */
const REVIEWER_PASSWORD = 'quiet lantern orchard 1987 ferry';
const REVIEWER_OWN_PASSWORD = 'amber signal crosses 58 rivers';
const REVIEWER_NEW_PASSWORD = 'copper heron divides 31 meadows';
const DEMO_TITLE = 'Papers naming Afghan staff left in the Kabul embassy compound';

/**
 * The trust issue's journey: the first run creates the administrator (a weak password refused with
 * advice), who adds a reviewer and locks; the reviewer can read but not change; wrong passwords slow
 * down and are shown to the next login; and an idle lock leaves nothing of the register on screen.
 */
describe('accounts, roles and the lock', () => {
  let s: E2eSession;
  let page: Page;
  let dbFile: string;

  beforeAll(async () => {
    s = await startE2eSession('trust', { prepare: (file) => (dbFile = file) });
    page = s.page;
  });

  afterAll(async () => {
    await s?.close();
  });

  const shot = (name: string) => s.shot(`trust-${name}`);
  const lockScreen = () => page.getByRole('heading', { name: 'Casebook is locked' });
  const passwordField = () => page.getByRole('textbox', { name: 'Password', exact: true });

  async function logIn(name: string, password: string) {
    await page.getByLabel(/^Account name/).fill(name);
    await passwordField().fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
  }

  async function lock() {
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await lockScreen().waitFor();
  }

  /** What a passer-by could read: the whole page's text. */
  const screenText = async () => (await page.locator('body').innerText()).replace(/\s+/g, ' ');

  it('creates the administrator and a reviewer, who reads but cannot change', async () => {
    await s.shotOnFailure('trust-accounts', async () => {
      // A weak password is refused with the core's advice beside it.
      await signIn(page, s.harness.url);
      await passwordField().fill('password1');
      await page.getByLabel(/^Confirm password/).fill('password1');
      await page.getByTestId('password-advice').getByText('Very weak').waitFor();
      await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
      await page.getByText('Too easy to guess: choose a stronger password').waitFor();
      await page.getByTestId('password-advice').getByText('This is a commonly used password.').waitFor();
      await shot('01-weak-password-refused');
      expect(await page.getByRole('heading', { name: 'Create the administrator account' }).isVisible()).toBe(true);

      await passwordField().fill(ADMIN_PASSWORD);
      await page.getByLabel(/^Confirm password/).fill(ADMIN_PASSWORD);
      await page
        .getByTestId('password-advice')
        .getByText(/^(Strong|Very strong)$/)
        .waitFor();
      await shot('02-strong-password');
      await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
      await page.getByTestId('current-account').getByText('Alex Morgan').waitFor();
      // A new register has never been backed up: its administrator is reminded.
      await page.getByTestId('backup-overdue').getByText('No verified backup yet').waitFor();
      await page.getByRole('button', { name: 'Load demo incidents' }).click();
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByTestId('register-row').filter({ hasText: DEMO_TITLE }).waitFor();

      // The administrator adds a reviewer.
      await page.getByRole('button', { name: 'Accounts', exact: true }).click();
      const form = page.getByRole('form', { name: 'New account' });
      await form.getByLabel(/^Account name/).fill(REVIEWER);
      await form.getByLabel(/^Role/).click();
      await page.getByRole('option', { name: 'Reviewer', exact: true }).click();
      await form.getByLabel(/^First password/).fill(REVIEWER_PASSWORD);
      await form.getByLabel(/^Confirm password/).fill(REVIEWER_PASSWORD);
      await form.getByRole('button', { name: 'Create account' }).click();
      await page.getByTestId('account-row').filter({ hasText: REVIEWER }).waitFor();
      await shot('03-accounts');

      // Locking leaves only the lock screen.
      await lock();
      expect(await screenText()).not.toContain('Kabul');
      await shot('04-locked');

      // At the first login the reviewer must choose a password of their own (the given one works once);
      // Casebook then makes the account's own keys.
      await logIn(REVIEWER, REVIEWER_PASSWORD);
      const first = page.getByRole('form', { name: 'Choose your own password' });
      await page.getByRole('heading', { name: 'Choose your own password' }).waitFor();
      await first.getByRole('textbox', { name: 'Your new password', exact: true }).fill(REVIEWER_PASSWORD);
      await first.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(REVIEWER_PASSWORD);
      await first.getByRole('button', { name: 'Set password and log in' }).click();
      await first.getByText('Choose a password of your own, not the one you were given').waitFor();
      await first.getByRole('textbox', { name: 'Your new password', exact: true }).fill(REVIEWER_OWN_PASSWORD);
      await first.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(REVIEWER_OWN_PASSWORD);
      await shot('04b-first-login');
      await first.getByRole('button', { name: 'Set password and log in' }).click();

      // The reviewer reads the register but is offered no change, and the core refuses one anyway.
      await page.getByTestId('current-account').getByText(REVIEWER).waitFor();
      expect(await page.getByTestId('current-role').textContent()).toContain('Reviewer');
      expect(await page.getByRole('button', { name: 'Accounts', exact: true }).count()).toBe(0);
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByTestId('register-row').filter({ hasText: DEMO_TITLE }).click();
      await page.getByTestId('incident-title').getByText(DEMO_TITLE).waitFor();
      await page.getByTestId('read-only').waitFor();
      expect(await page.getByRole('button', { name: 'New incident' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
      expect(await page.getByRole('group', { name: 'Workflow' }).count()).toBe(0);
      await shot('05-reviewer-reads');
      // As a tampered page would: the edit goes straight to the core with the page's own token.
      const refused = await page.evaluate(`(async () => {
        const token = new URLSearchParams(location.search).get('token');
        const response = await fetch('/api/incidents:update', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
          body: JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', version: 1, patch: { title: 'Rewritten by a reviewer' } }),
        });
        return (await response.json()).error?.code;
      })()`);
      expect(refused).toBe('FORBIDDEN');

      // The organisation's settings are read-only to a reviewer.
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByTestId('settings-read-only').waitFor();
      expect(await page.getByRole('button', { name: 'Save security settings' }).count()).toBe(0);
      expect(await page.getByLabel('Lock after (minutes idle)').isDisabled()).toBe(true);

      // Everyone changes their own password; the old one stops working.
      await page.getByRole('button', { name: 'Change password' }).click();
      const change = page.getByRole('form', { name: 'Change your password' });
      await change.getByRole('textbox', { name: 'Current password', exact: true }).fill(REVIEWER_OWN_PASSWORD);
      await change.getByRole('textbox', { name: 'New password', exact: true }).fill(REVIEWER_NEW_PASSWORD);
      await change.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(REVIEWER_NEW_PASSWORD);
      await change.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Your password was changed.').waitFor();
      expect(await change.getByRole('textbox', { name: 'Current password', exact: true }).inputValue()).toBe('');
      await shot('05b-own-password');
      await lock();
      await logIn(REVIEWER, REVIEWER_OWN_PASSWORD);
      await page.getByTestId('login-problem').getByText('Wrong account name or password').waitFor();
      await logIn(REVIEWER, REVIEWER_NEW_PASSWORD);
      await page.getByTestId('failed-logins').getByText(`1 failed attempt since your last login`, { exact: false }).waitFor();
      await page.getByRole('button', { name: 'I have read this' }).click();
      await page.getByTestId('current-account').getByText(REVIEWER).waitFor();
      await lock();
    });
  });

  it('slows wrong passwords down and shows them to the next login', async () => {
    await s.shotOnFailure('trust-failed-logins', async () => {
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        // Each attempt waits out the back-off the previous one earned.
        await page.getByRole('button', { name: 'Log in' }).and(page.locator(':enabled')).waitFor({ timeout: 10_000 });
        await logIn('Alex Morgan', `not the password ${attempt}`);
        await page.getByTestId('login-problem').getByText('Wrong account name or password').waitFor();
        expect(await passwordField().inputValue()).toBe('');
      }
      await page
        .getByTestId('login-retry')
        .getByText(/Try again in \d+ seconds?/)
        .waitFor();
      expect(await page.getByRole('button', { name: 'Log in' }).isDisabled()).toBe(true);
      await shot('06-back-off');

      await page.getByRole('button', { name: 'Log in' }).and(page.locator(':enabled')).waitFor({ timeout: 10_000 });
      await logIn('Alex Morgan', ADMIN_PASSWORD);
      const notice = page.getByTestId('failed-logins');
      await notice.getByText(/^4 failed attempts since your last login: .+ \(as Alex Morgan(, \d times)?\)/).waitFor();
      await shot('07-failed-attempts');
      await page.getByRole('button', { name: 'I have read this' }).click();
      await notice.waitFor({ state: 'detached' });

      // The first administrator's key fingerprint, the root of trust, beside the accounts it signs.
      await page.getByRole('button', { name: 'Accounts', exact: true }).click();
      await page
        .getByTestId('accounts-root-of-trust')
        .getByText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/)
        .waitFor();
      const reviewerRow = page.getByTestId('account-row').filter({ hasText: REVIEWER });
      await reviewerRow.getByText(/^[0-9a-f]{16}$/).waitFor();

      // Rotating the register's key keeps every account: the new key is sealed to each account's own key.
      await page.getByRole('button', { name: 'Rotate the register’s key' }).click();
      await page.getByRole('dialog').getByText('Every account keeps access with its own password.', { exact: false }).waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Rotate the key' }).click();
      await page.getByText('The register now has a new key.', { exact: false }).waitFor();
      expect(await page.getByTestId('account-row').count()).toBe(2);

      // A role changes without re-creating the account, and re-keys the register.
      await reviewerRow.getByRole('button', { name: 'Change role' }).click();
      const roleDialog = page.getByRole('dialog', { name: `Change ${REVIEWER}’s role` });
      await roleDialog.getByRole('radio', { name: 'Officer' }).check();
      await shot('07b-change-role');
      await roleDialog.getByRole('button', { name: 'Change role' }).click();
      await page.getByText(`${REVIEWER} is now officer. The register was re-keyed.`).waitFor();
      await reviewerRow.getByText('Officer', { exact: true }).waitFor();
      await shot('07c-accounts-after-role-change');

      // A command left running holds the register open: the removal's re-key waits, and every screen says so.
      const holder = openDatabase(dbFile, { rawKey: registerKey(dbFile, { name: 'Alex Morgan', password: ADMIN_PASSWORD }) });
      holder.prepare('SELECT count(*) FROM incidents').get();
      await reviewerRow.getByRole('button', { name: 'Remove' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Remove account' }).click();
      await page.getByTestId('pending-rekey').getByText(`account ${REVIEWER} removed`, { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByTestId('pending-rekey').waitFor();
      await shot('07d-revocation-waiting');
      // Once that process has closed, the next login completes the re-key.
      closeDatabase(holder);
      await lock();
      await logIn('Alex Morgan', ADMIN_PASSWORD);
      await page.getByTestId('current-account').getByText('Alex Morgan').waitFor();
      expect(await page.getByTestId('pending-rekey').count()).toBe(0);
    });
  });

  it('locks when left idle and then shows nothing of the register', async () => {
    await s.shotOnFailure('trust-idle-lock', async () => {
      // The page's clock is the test's from here, so the idle timer set by the new setting can be run on.
      await page.clock.install();
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const idle = page.getByLabel('Lock after (minutes idle)');
      await idle.fill('1');
      await page.getByRole('button', { name: 'Save security settings' }).click();
      await page.getByText('Casebook now locks after 1 minute without use.').waitFor();

      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByTestId('register-row').filter({ hasText: DEMO_TITLE }).click();
      await page.getByTestId('incident-title').getByText(DEMO_TITLE).waitFor();
      expect(await screenText()).toContain(DEMO_TITLE);

      await page.clock.fastForward('01:05');
      await lockScreen().waitFor();
      expect(await screenText()).not.toContain('Kabul');
      // Toasts go too (they may name records), after their exit transition.
      await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 5000 });
      await shot('08-idle-locked');

      // Nothing of the passwords went to the page's storage.
      const stored = String(await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })'));
      for (const secret of [ADMIN_PASSWORD, REVIEWER_PASSWORD, REVIEWER_OWN_PASSWORD, REVIEWER_NEW_PASSWORD]) expect(stored).not.toContain(secret);
      await s.expectNothingLeaked();
    });
  });
});
