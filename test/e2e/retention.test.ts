import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, chooseOption, ok, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const OFFICER = 'Sam Patel';
/** The first password the administrator gives, and the officer's own, chosen at the first login. */
const OFFICER_PASSWORD = 'harbour violet 2031 lantern quay';
const OFFICER_OWN_PASSWORD = 'copper meadow 1987 thistle ferry';

/**
 * Retention's journey (issue 13): the administrator sets a one-day schedule, so the closed demo incidents
 * fall due; an officer proposes erasing one; the administrator confirms it after reading what goes and what
 * stays; the person's page shows "[erased]" and the audit trail still verifies.
 */
describe('retention and erasure', () => {
  let s: E2eSession;
  let page: Page;

  beforeAll(async () => {
    s = await startE2eSession('retention');
    page = s.page;
  });
  afterAll(async () => {
    await s?.close();
  });

  const shot = (name: string) => s.shot(`retention-${name}`);
  const dialog = () => page.getByRole('dialog');
  const goTo = (section: string) => page.getByRole('button', { name: section, exact: true }).click();

  async function logIn(name: string, password: string) {
    await page.getByLabel(/^Account name/).fill(name);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('current-account').getByText(name).waitFor();
  }

  /** An account's first login: the given password once, then one of its own (Casebook makes its keys then). */
  async function firstLogIn(name: string, given: string, own: string) {
    await page.getByLabel(/^Account name/).fill(name);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(given);
    await page.getByRole('button', { name: 'Log in' }).click();
    const form = page.getByRole('form', { name: 'Choose your own password' });
    await form.getByRole('textbox', { name: 'Your new password', exact: true }).fill(own);
    await form.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(own);
    await form.getByRole('button', { name: 'Set password and log in' }).click();
    await page.getByTestId('current-account').getByText(name).waitFor();
  }

  async function lock() {
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Casebook is locked' }).waitFor();
  }

  it('a one-day schedule makes a closed demo incident due; an officer proposes, the administrator confirms, the person shows [erased], verify says OK', async () => {
    await s.shotOnFailure('retention-journey', async () => {
      await signIn(page, s.harness.url);
      await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
      await page.getByTestId('current-account').getByText('Alex Morgan').waitFor();
      await page.getByRole('button', { name: 'Load demo incidents' }).click();
      await expect.poll(async () => ok(await s.api('session:get', {})).demoIncidentCount).toBeGreaterThan(0);

      // The administrator confirms a one-day schedule for every outcome.
      await goTo('Retention');
      await page
        .getByTestId('schedule-status')
        .getByText(/Not yet confirmed/)
        .waitFor();
      expect(await page.getByTestId('erasures-due').innerText()).toContain('0 incidents due for erasure');
      for (const outcome of ['Confirmed breach', 'Near miss', 'Not a breach', 'Duplicate']) {
        await page.getByLabel(`${outcome}: how many`).fill('1');
        await chooseOption(page, `${outcome}: unit`, 'days');
      }
      await page.getByRole('button', { name: 'Confirm schedule' }).click();
      await page
        .getByTestId('schedule-status')
        .getByText(/Confirmed by Alex Morgan/)
        .waitFor();
      await page.getByTestId('due-incident').first().waitFor();
      await shot('01-schedule-and-due');
      const due = ok(await s.api('retention:due', {}));
      expect(due.count).toBeGreaterThan(0);
      const chosen = due.incidents[0]!;

      // The dashboard counts them.
      await goTo('Dashboard');
      await page.getByTestId('due-for-erasure').getByText(`${due.count} incidents due for erasure`).waitFor();
      await shot('02-dashboard-due');

      // The administrator adds an officer.
      await goTo('Accounts');
      const form = page.getByRole('form', { name: 'New account' });
      await form.getByLabel(/^Account name/).fill(OFFICER);
      await form.getByLabel(/^Role/).click();
      await page.getByRole('option', { name: 'Officer', exact: true }).click();
      await form.getByLabel(/^First password/).fill(OFFICER_PASSWORD);
      await form.getByLabel(/^Confirm password/).fill(OFFICER_PASSWORD);
      await form.getByRole('button', { name: 'Create account' }).click();
      await page.getByTestId('account-row').filter({ hasText: OFFICER }).waitFor();
      await lock();

      // The officer proposes erasing the chosen incident, after reading what goes and what stays.
      await firstLogIn(OFFICER, OFFICER_PASSWORD, OFFICER_OWN_PASSWORD);
      await goTo('Retention');
      const row = page.getByTestId('due-incident').filter({ hasText: chosen.reference });
      await row.getByRole('button', { name: 'Propose erasure' }).click();
      await dialog().getByTestId('erasure-goes').waitFor();
      expect(await dialog().getByTestId('erasure-stays').innerText()).toContain('The audit chain: every entry stays and still verifies');
      await shot('03-propose');
      await dialog().getByRole('button', { name: 'Propose erasure' }).click();
      await page.getByTestId('erasures-awaiting').getByText(`${chosen.reference}: proposed by ${OFFICER}`).waitFor();
      // The proposer cannot confirm their own proposal.
      await page.getByTestId('erasures-awaiting').getByRole('button', { name: 'Review' }).click();
      await dialog().getByText('You proposed it: a second account must confirm it.').waitFor();
      expect(await dialog().getByRole('button', { name: 'Confirm erasure' }).count()).toBe(0);
      await dialog().getByRole('button', { name: 'Cancel' }).click();
      await lock();

      // The administrator confirms it.
      await logIn('Alex Morgan', ADMIN_PASSWORD);
      await goTo('Retention');
      await page.getByTestId('erasures-awaiting').getByRole('button', { name: 'Review' }).click();
      await dialog().getByText(`${OFFICER} proposed erasing the personal data of ${chosen.reference}`, { exact: false }).waitFor();
      await shot('04-confirm');
      await dialog().getByRole('button', { name: 'Confirm erasure' }).click();
      await page.getByTestId('erasures-awaiting').getByText('No erasure awaits confirmation.').waitFor();
      // Copies made before the erasure still hold the data: listed for the administrator.
      await page
        .getByTestId('outside-copies')
        .getByText(/The last erasure was on/)
        .scrollIntoViewIfNeeded();
      await shot('05-copies-outside');

      // The incident says so; a person linked only to it shows [erased].
      await page.evaluate(`location.hash = '#/incidents/${chosen.reference}'`);
      await page
        .getByTestId('personal-data-erased')
        .getByText(/^Personal data erased on \d{1,2} \w{3} \d{4} by Alex Morgan under the retention schedule$/)
        .waitFor();
      await shot('06-incident-erased');
      const linked = ok(await s.api('involvements:list', { incidentId: chosen.id })).items;
      const erased = linked.find((l) => l.party.name === '[erased]');
      expect(erased, 'a person linked only to the erased incident').toBeDefined();
      await page.evaluate(`location.hash = '#/parties/${erased!.party.id}'`);
      await page.getByRole('heading', { name: '[erased]' }).waitFor();
      await shot('07-party-erased');

      // The audit trail still verifies.
      await goTo('Settings');
      await page.getByRole('button', { name: 'Verify audit trail' }).click();
      await page.getByTestId('audit-result').waitFor();
      await page
        .getByTestId('audit-result')
        .getByText(/^Audit trail OK/)
        .waitFor();
      expect(ok(await s.api('audit:verify', {}))).toMatchObject({ ok: true, problem: null });
      await shot('08-verified');
      await s.expectNothingLeaked();
    });
  });
});
