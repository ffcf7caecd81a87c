import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, pickOptions, signIn, startE2eSession, waitForStatus, type E2eSession } from './support/e2eSession';

describe('a new officer’s first session', () => {
  let s: E2eSession;
  let page: Page;

  beforeAll(async () => {
    s = await startE2eSession('journey');
    page = s.page;
  });

  afterAll(async () => {
    await s?.close();
  });

  const shot = (name: string) => s.shot(name);
  const dialog = () => page.getByRole('dialog');

  it('records, links, investigates and audits an incident without touching the network', async () => {
    // First run: Casebook asks who is acting.
    await signIn(page, s.harness.url);
    await shot('01-first-run');
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();

    // Home is the dashboard; an empty database offers demo data there.
    await page.getByTestId('empty-register').waitFor();
    await shot('02-empty-register');
    await page.getByRole('button', { name: 'Load demo incidents' }).click();
    await page.getByTestId('panel-clocks').getByTestId('clock-watch').first().waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByTestId('register-row').first().waitFor();
    expect(await page.getByTestId('demo-badge').count()).toBeGreaterThan(0);
    await shot('03-register-demo');

    // Record a misdirected email; a bad date is refused at its field.
    await page.getByRole('button', { name: 'New incident' }).click();
    await page.getByLabel('Title').fill('Exercise schedule emailed to army.ml instead of army.mil');
    await page.getByLabel('Description').fill('A liaison officer typed .ml for .mil when sending the exercise schedule to a US Army contact.');
    await page.getByLabel('Sender').fill('liaison.officer@mod.gov.uk');
    await page.getByLabel('Intended recipients').fill('someone@army.mil');
    await page.getByLabel('Actual recipients').fill('someone@army.ml');
    await page.getByLabel('Occurred').fill('26/11/2026 16:32');
    await page.getByLabel('Discovered').fill('31/02/2026 09:15');
    await page.getByRole('button', { name: 'Record incident' }).first().click();
    await page.getByText('That month has 28 days').waitFor();
    await page.getByLabel('Discovered').fill('26/11/2026 17:05');
    await page.getByLabel('Number of items compromised').fill('1');
    await shot('04-new-incident');
    await page.getByRole('button', { name: 'Record incident' }).first().click();

    await page.getByTestId('incident-title').getByText('Exercise schedule emailed to army.ml').waitFor();
    const reference = (await page.getByTestId('incident-reference').textContent()) ?? '';
    expect(reference).toMatch(/^INC-\d{4}-\d{4}$/);
    await page.getByTestId('marking-banner').first().getByText('OFFICIAL-SENSITIVE').waitFor();
    await shot('05-incident-details');

    // Someone else saves a change first: the stale edit is refused with a way to reload, not lost silently.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Owner').fill('Priya Raman');
    await changeTitleBehindTheUi(s, 'Exercise schedule emailed to army.ml instead of army.mil (gateway log attached)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('conflict-banner').waitFor();
    await shot('05b-conflict');
    await page.getByTestId('conflict-banner').getByRole('button', { name: 'Reload' }).click();
    await page.getByTestId('conflict-banner').waitFor({ state: 'detached' });
    await page.getByLabel('Owner').fill('Priya Raman');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('details-view').getByText('Priya Raman').waitFor();
    await page.getByTestId('incident-title').getByText('(gateway log attached)').waitFor();

    // Link a new person as a data subject.
    await page.getByRole('tab', { name: /Parties/ }).click();
    await page.getByRole('button', { name: 'Add party' }).click();
    await dialog().getByText('New party').click();
    await dialog().getByLabel('Name').fill('Sam Patel');
    await dialog().getByLabel('Email').fill('sam.patel@example.gov.uk');
    await pickOptions(page, 'Roles in this incident', ['Data subject']);
    await pickOptions(page, 'Their personal data involved', ['Basic personal identifiers (name, contact details)']);
    await dialog().getByRole('button', { name: 'Add party' }).click();
    await page.getByTestId('linked-party').filter({ hasText: 'Sam Patel' }).waitFor();

    // Link a party already on record (from the demo data), found by search.
    await page.getByRole('button', { name: 'Add party' }).click();
    await dialog().getByLabel('Find a party').fill('Mali Dili');
    await dialog().getByTestId('party-result').filter({ hasText: 'Mali Dili' }).click();
    await pickOptions(page, 'Roles in this incident', ['Third party']);
    await shot('06-add-existing-party');
    await dialog().getByRole('button', { name: 'Add party' }).click();
    await page.getByTestId('linked-party').filter({ hasText: 'Mali Dili' }).waitFor();
    await page.getByTestId('affected-count').getByText('1 affected').waitFor();
    await page.getByTestId('party-count').getByText('2 parties').waitFor();
    await shot('07-incident-parties');

    // Investigate: forward moves need no reason; moving back does.
    await page.getByRole('button', { name: 'Move to triage' }).click();
    await waitForStatus(page, 'Triage');
    await page.getByRole('button', { name: 'Move to investigating' }).click();
    await waitForStatus(page, 'Investigating');
    await page.getByRole('button', { name: 'Back to triage' }).click();
    await dialog().getByRole('button', { name: 'Back to triage' }).click();
    await dialog().getByText('Give the reason for this move').waitFor();
    await dialog().getByLabel('Reason').fill('Severity needs reassessing: the recipient domain is a foreign registry.');
    await shot('08-move-back-with-reason');
    await dialog().getByRole('button', { name: 'Back to triage' }).click();
    await waitForStatus(page, 'Triage');
    await page.getByRole('button', { name: 'Move to investigating' }).click();
    await waitForStatus(page, 'Investigating');

    // Notes: newest first, with the author.
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByLabel('Add a note').fill('Asked the mail gateway team for the delivery logs.');
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByTestId('note').first();
    await note.getByText('Asked the mail gateway team for the delivery logs.').waitFor();
    expect(await note.textContent()).toContain('Alex Morgan');
    await shot('09-notes');

    // History shows every change, and the audit trail verifies.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByTestId('history-entry').first().waitFor();
    await page.getByRole('button', { name: 'Verify audit trail' }).click();
    const audit = page.getByTestId('audit-result');
    await audit.getByText(/Audit trail OK — [\d,]+ entries, head hash/).waitFor();
    expect(await page.getByTestId('history-entry').count()).toBeGreaterThanOrEqual(6);
    await shot('10-history');

    // Closing a confirmed breach is refused until the decisions are recorded, and says what is missing.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByLabel('Root cause').waitFor();
    await shot('11-decisions');
    const workflow = page.getByRole('group', { name: 'Workflow' });
    await workflow.getByRole('button', { name: 'Move to contained' }).click();
    await waitForStatus(page, 'Contained');
    await workflow.getByRole('button', { name: 'Close incident', exact: true }).click();
    await dialog().getByLabel('Outcome').click({ force: true });
    await page.getByRole('option', { name: 'Confirmed personal data breach' }).click();
    await dialog().getByLabel('Reason').fill('Investigation complete.');
    await dialog().getByRole('button', { name: 'Close incident', exact: true }).click();
    const refusal = dialog().getByTestId('transition-refused');
    await refusal.getByText('Record the root cause.').waitFor();
    await shot('12-close-refused');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await waitForStatus(page, 'Contained');

    // The party page lists every incident touching the party.
    await page.getByRole('tab', { name: /Parties/ }).click();
    await page.getByRole('button', { name: 'Mali Dili (.ml registry operator)', exact: true }).click();
    await page.getByTestId('party-incidents').getByText(reference).waitFor();
    await shot('13-party');

    // Searching the register for the lookalike domain finds the new incident.
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByLabel('Search incidents').fill('army.ml');
    await page
      .getByTestId('register-count')
      .getByText(/match “army\.ml”/)
      .waitFor();
    await page.getByTestId('register-row').filter({ hasText: reference }).waitFor();
    const matches = await page.getByTestId('register-row').count();
    expect(matches).toBeLessThan(11);
    await shot('14-register-search');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    await shot('15-settings');

    // The organisation (part 10 of the ICO draft): a DPO email that is not one is refused at its field.
    const organisation = page.getByRole('form', { name: 'Organisation' });
    await organisation.getByLabel('Organisation name').fill('Ministry of Examples');
    await organisation.getByLabel('DPO email').fill('dpo at example');
    await organisation.getByRole('button', { name: 'Save organisation' }).click();
    await organisation.getByText('Enter an email address like name@example.gov.uk').waitFor();
    await organisation.getByLabel('DPO email').fill('dpo@example.gov.uk');
    await organisation.getByRole('button', { name: 'Save organisation' }).click();
    await page.getByText('Organisation details saved').waitFor();
    expect(ok(await s.api('organisation:get', {}))).toMatchObject({ name: 'Ministry of Examples', dpoEmail: 'dpo@example.gov.uk' });

    // Demo data goes in one confirmed step; the officer's own incident stays.
    await page.getByRole('button', { name: 'Remove demo data' }).click();
    await dialog().getByRole('button', { name: 'Remove demo data' }).click();
    await page.getByText('No demo incidents are loaded.').waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByLabel('Search incidents').fill('');
    await page
      .getByTestId('register-count')
      .getByText(/^1 incident$/)
      .waitFor();
    await page.getByTestId('register-row').filter({ hasText: reference }).waitFor();

    // Nothing left 127.0.0.1, nothing broke the CSP, nothing threw.
    await s.expectNothingLeaked();
  });
});

/** Another window's edit, made straight through the harness's API with the run's token. */
async function changeTitleBehindTheUi(s: E2eSession, title: string) {
  const newest = ok(await s.api('incidents:list', { sort: { field: 'reference', direction: 'desc' }, limit: 1 }));
  const { incident } = ok(await s.api('incidents:get', { id: newest.items[0]!.id }));
  ok(await s.api('incidents:update', { id: incident.id, version: incident.version, patch: { title } }));
}
