import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, ok, signIn, startE2eSession, type DomElement, type E2eSession } from './support/e2eSession';

const CC_TITLE = 'Afghan relocation applicants copied in (CC) instead of BCC';

/**
 * Issue 3's journey: the demo CC email to 55 Afghan relocation applicants (aware 20 Sep 2021, still
 * without an assessment or an ICO decision) is assessed, the recommendation followed, the ICO told years
 * after the 72 hours — with the reason for the delay required — the people marked as told, and the
 * dashboard seen to change.
 */
describe('assessing a breach and telling the ICO late', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startE2eSession('assessment');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('assesses, decides, reports late with a reason, marks people told, and the dashboard follows', async () => {
    await s.shotOnFailure('assessment', journey);
  });

  async function journey() {
    const { page } = s;
    const dialog = () => page.getByRole('dialog');

    // Home is the dashboard; an empty database offers the demo incidents there.
    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();
    await page.getByRole('button', { name: 'Load demo incidents' }).click();
    const clocks = page.getByTestId('panel-clocks');
    const ccClock = clocks.getByTestId('clock-watch').filter({ hasText: CC_TITLE });
    await ccClock.waitFor();
    await page.getByTestId('incidents-by-month').locator('.recharts-bar-rectangle').first().waitFor();
    const clocksBefore = await clocks.getByTestId('clock-watch').count();
    expect(await ccClock.getByTestId('clock-watch-chip').textContent()).toMatch(/Overdue \d+ d/);
    await s.shot('30-dashboard-demo');

    // The clock opens the incident; its header shows the ICO clock long overdue.
    await ccClock.click();
    await page.getByTestId('incident-title').getByText(CC_TITLE).waitFor();
    const reference = (await page.getByTestId('incident-reference').textContent()) ?? '';
    await page
      .getByTestId('clock-regulator')
      .getByText(/Overdue by/)
      .waitFor();

    // Assess with ENISA: simple contact data, raised by three for people at risk; SE computed as chosen.
    await page.getByRole('tab', { name: 'Assessment' }).click();
    const result = page.getByTestId('severity-result');
    await result.getByText(/Choose the data processing context/).waitFor();
    await page.getByRole('radio', { name: /^Simple/ }).check();
    await page.getByRole('radio', { name: /^Maximum/ }).check();
    await page.getByRole('radio', { name: /Disclosed to a number of known recipients/ }).check();
    await page.getByRole('radio', { name: /Not altered, or altered without harmful use/ }).check();
    await page.getByRole('radio', { name: /recovered without difficulty/ }).check();
    await result.getByText('SE = DPC × EI + CB = 1 × 1 + 0.25 = 1.25 — Low').waitFor();
    await result.getByTestId('recommendation-regulator').getByText('No need to notify').waitFor();
    const assessment = page.getByRole('form', { name: 'Severity assessment' });
    await assessment.getByLabel('People affected').fill('55');
    await assessment.getByLabel('Records affected').fill('55');
    await assessment.getByLabel('Notes').fill('First look: email addresses only, sent to known recipients.');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByTestId('assessment-version').first().getByText('Low').waitFor();

    // Re-assessed once the recipients are known to be people at risk: +3 for the individuals, a new version.
    await page.getByRole('radiogroup', { name: 'Contextual adjustment' }).getByText('+3', { exact: true }).click();
    await page.getByText('Choose the factors that justify the adjustment').first().waitFor();
    await page.getByRole('checkbox', { name: 'Special characteristics of the individuals' }).check();
    await assessment.getByLabel('Notes').fill('Addresses of applicants, several containing names, visible to all 55; many remain in Afghanistan.');
    await result.getByText('SE = DPC × EI + CB = 4 × 1 + 0.25 = 4.25 — Very high').waitFor();
    await result.getByTestId('recommendation-regulator').getByText('Notify within 72 h').waitFor();
    await result.getByTestId('recommendation-subjects').getByText('Tell them without undue delay').waitFor();
    expect(await result.getByTestId('recommendation-subjects').textContent()).toContain('55 people are affected');
    await page.getByRole('tabpanel').evaluate((panel) => (panel as unknown as DomElement).closest('[style*="overflow"]')?.scrollTo({ top: 0 }));
    await s.shot('31-assessment-live');
    await page.getByRole('button', { name: 'Save as assessment 2' }).click();
    await page.getByTestId('assessment-version').first().getByText('Very high').waitFor();
    expect(await page.getByTestId('assessment-version').count()).toBe(2);
    await page.getByTestId('severity-badge').first().getByText('Very high 4.25').waitFor();
    await page.getByTestId('assessment-history').scrollIntoViewIfNeeded();
    await s.shot('32-assessment-saved');

    // Decisions: the recommendation sits beside each; going against it without a rationale is refused.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByTestId('regulator-recommendation').getByText('Notify the ICO', { exact: true }).waitFor();
    await chooseOption(page, 'Notify the ICO?', 'Notify the ICO');
    await page.getByTestId('regulator-recommendation').getByText('Your decision follows it').waitFor();
    await page.getByTestId('regulator-recommendation').getByRole('button', { name: 'Use this as the rationale' }).click();
    await chooseOption(page, 'Tell the people affected?', 'Do not tell them');
    await page
      .getByTestId('subjects-recommendation')
      .getByText(/goes against it/)
      .waitFor();
    await page.getByRole('button', { name: 'Save decisions' }).click();
    await page.getByText(/recommends telling the people affected: give the rationale for deciding otherwise/).waitFor();
    await s.shot('33-decision-against-refused');
    await chooseOption(page, 'Tell the people affected?', 'Tell the people affected');
    await page.getByTestId('subjects-recommendation').getByRole('button', { name: 'Use this as the rationale' }).click();
    await page.getByRole('button', { name: 'Save decisions' }).click();
    await page.getByText(`Saved the decisions on ${reference}.`).waitFor();
    await s.shot('34-decisions');

    // The core itself refuses a late initial report without the reason for the delay.
    const incidentId = ok(await s.api('incidents:list', { filter: { text: 'Afghan relocation applicants copied' } })).items[0]!.id;
    const { incident } = ok(await s.api('incidents:get', { id: incidentId }));
    const refused = await s.api('notifications:recordRegulator', {
      incidentId,
      version: incident.version,
      reportType: 'initial',
      submittedAt: Date.now(),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('INVALID_INPUT');

    // Record the initial report now, years after the 72 hours: the form asks why, and will not save without it.
    await page.getByRole('tab', { name: 'Notifications' }).click();
    await page.getByRole('button', { name: 'Record report to the ICO' }).click();
    await dialog()
      .getByTestId('late-report-warning')
      .getByText(/after the 72 hours/)
      .waitFor();
    await dialog().getByLabel('ICO case reference').fill('IC-318842-K7W1');
    await dialog().getByRole('button', { name: 'Record report' }).click();
    await dialog()
      .getByText(/Give the reason for the delay/)
      .waitFor();
    await s.shot('35-ico-report-delay-asked');
    await dialog()
      .getByLabel('Reason for the delay (Art. 33(1))')
      .fill('The email was logged as a complaint in 2021 and only recognised as a personal data breach in the 2026 records review.');
    await dialog().getByRole('button', { name: 'Record report' }).click();
    await dialog().waitFor({ state: 'detached' });
    const report = page.getByTestId('regulator-report').first();
    await report.getByText('IC-318842-K7W1').waitFor();
    await report.getByText(/recognised as a personal data breach/).waitFor();
    const regulatorClock = page.getByTestId('clock-regulator');
    await regulatorClock.getByText(/^Notified .+ late$/).waitFor();
    expect(await regulatorClock.getAttribute('data-tone')).toBe('late');

    // The Decisions tab now shows when the ICO was told, how late, and the reason for the delay the incident carries.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page
      .getByTestId('ico-notified-at')
      .getByText(/after the 72 hours/)
      .waitFor();
    expect(await page.getByLabel('Reason for the delay (Art. 33(1))').inputValue()).toContain('recognised as a personal data breach');
    await page.getByRole('tab', { name: 'Notifications' }).click();

    // Tell the people: all six linked data subjects at once.
    await page.getByRole('button', { name: 'Mark people as told' }).click();
    await dialog().getByText('Everyone linked as a data subject (6)').waitFor();
    await chooseOption(page, 'How they were told', 'Email', dialog());
    await dialog().getByRole('button', { name: 'Mark as told' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('subjects-told').getByText('6 of 6 data subjects told.').waitFor();
    await page
      .getByTestId('clock-subjects')
      .getByText(/^Told .+ after awareness$/)
      .waitFor();

    // Another organisation told: the Government Security Group, with its reference.
    await page.getByRole('button', { name: 'Record organisation told' }).click();
    await chooseOption(page, 'Organisation', 'Government Security Group (Cabinet Office)', dialog());
    await dialog().getByLabel('Their reference').fill('GSG-2026-114');
    await dialog().getByRole('button', { name: 'Record', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('external-notification').filter({ hasText: 'GSG-2026-114' }).getByText('Government Security Group (Cabinet Office)').waitFor();
    await s.shot('36-notifications');

    // Plan a preventive action that is already late: it stands out, here and on the dashboard.
    await page.getByRole('tab', { name: /Actions/ }).click();
    await page.getByTestId('action-row').first().waitFor();
    const overdueBefore = Number((await page.getByTestId('actions-overdue-count').textContent())?.match(/\d+/)?.[0] ?? 0);
    await page.getByRole('button', { name: 'Add action' }).click();
    await chooseOption(page, 'Kind', 'Preventive', dialog());
    await dialog().getByLabel('What is to be done').fill('Brief every caseworker on BCC and the bulk-mail tool, and record who attended.');
    await dialog().getByLabel('Owner').fill('ARAP casework lead');
    await dialog().getByLabel('Due').fill('20/11/2026');
    await dialog().getByRole('button', { name: 'Add action' }).click();
    await dialog().waitFor({ state: 'detached' });
    const action = page.getByTestId('action-row').filter({ hasText: 'Brief every caseworker' });
    await action.getByText('Overdue').waitFor();
    await page
      .getByTestId('actions-overdue-count')
      .getByText(`${overdueBefore + 1} overdue`)
      .waitFor();
    await s.shot('37-actions');

    // The ICO report fields: the demo recorded most of them; sharpen the consequences.
    await page.getByRole('tab', { name: 'ICO report' }).click();
    const icoForm = page.getByRole('form', { name: 'ICO report' });
    await icoForm.getByText('Vulnerable adults').waitFor();
    await chooseOption(page, 'Likelihood they will experience significant consequences', 'Very likely');
    await icoForm
      .getByLabel('Likely consequences for the people affected')
      .fill(
        'Each recipient can see that the others applied for relocation; several addresses contain names. Applicants still in Afghanistan could be identified as linked to UK forces and targeted.',
      );
    await page.getByRole('button', { name: 'Save ICO report fields' }).click();
    await page.getByText(`Saved the ICO report fields on ${reference}.`).waitFor();
    expect(ok(await s.api('incidents:get', { id: incidentId })).incident.consequenceLikelihood).toBe('very_likely');
    await s.shot('38-ico-report-fields');

    // The dashboard has moved on: this incident no longer runs an ICO clock, and its overdue action shows.
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await page.getByTestId('panel-actions').getByTestId('action-due').filter({ hasText: 'Brief every caseworker' }).waitFor();
    await page.getByTestId('incidents-by-month').locator('.recharts-bar-rectangle').first().waitFor();
    expect(await clocks.getByTestId('clock-watch').filter({ hasText: CC_TITLE }).count()).toBe(0);
    expect(await clocks.getByTestId('clock-watch').count()).toBe(clocksBefore - 1);
    await s.shot('39-dashboard-after');

    // A status count opens the register filtered to that status.
    const contained = (await page.getByTestId('open-contained').textContent())?.match(/\d+$/)?.[0] ?? '';
    await page.getByTestId('open-contained').click();
    await page
      .getByTestId('register-count')
      .getByText(new RegExp(`^${contained} incidents?$`))
      .waitFor();
    expect(await page.getByTestId('register-row').getByTestId('status-badge').allTextContents()).toEqual(Array(Number(contained)).fill('Contained'));
    // Mantine's clear button sits beside the filter's input.
    await page.getByLabel('Filter by status').locator('..').locator('button').last().click();
    await page.getByTestId('register-row').nth(Number(contained)).waitFor();

    // The register shows the band and the late notification.
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const row = page.getByTestId('register-row').filter({ hasText: reference });
    await row.getByTestId('severity-badge').getByText('Very high').waitFor();
    await row.getByTestId('register-ico-clock').getByText('Notified late').waitFor();
    await s.shot('40-register-severity');

    // The internal-report deadline is a setting, and the incident's clock follows it.
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Internal report deadline (hours)').fill('8');
    await page.getByRole('button', { name: 'Save deadline' }).click();
    await page.getByText('Incidents must now be reported to the DSO within 8 hours of awareness.').waitFor();
    await s.shot('41-settings-clocks');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByTestId('register-row').filter({ hasText: reference }).click();
    await page.getByTestId('clock-internal').getByText('DSO report 8 h').waitFor();

    await s.expectNothingLeaked();
  }
});
