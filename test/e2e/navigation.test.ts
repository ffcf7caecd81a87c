import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const CC_TITLE = 'Afghan relocation applicants copied in (CC) instead of BCC';

/** What has focus, as "H1 Register": the tag and the text a screen reader would announce. */
const FOCUSED = 'document.activeElement ? document.activeElement.tagName + " " + document.activeElement.textContent : ""';

/**
 * Issue 11 §4: routes live in the address (`#/…`), so Back, Forward, Alt+Left/Right and deep links to an
 * incident's tab or a filtered register work; focus lands on the new page's heading; and the register
 * stays readable at 1366×768 and 1024×768.
 */
describe('moving around Casebook by address', () => {
  let s: E2eSession;

  beforeAll(async () => {
    s = await startE2eSession('navigation');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('follows deep links, Back, Forward and Alt+Left/Right, moves focus to the heading, and fits the register to the window', async () => {
    await s.shotOnFailure('navigation', journey);
  });

  async function journey() {
    const { page } = s;
    const hash = () => page.evaluate('location.hash');
    const search = () => page.evaluate('location.search');
    const heading = page.locator('[data-page-heading]');

    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByTestId('empty-register').waitFor();
    await page.getByRole('button', { name: 'Load demo incidents' }).click();
    await page.getByTestId('panel-clocks').waitFor();
    const tokenQuery = await search();
    expect(tokenQuery).toContain('token=');
    expect(await hash()).toBe('#/dashboard');

    const listed = ok(await s.api('incidents:list', { filter: { statuses: [], kinds: [], markings: [], text: 'relocation applicants' } }));
    const reference = listed.items.find((i) => i.title === CC_TITLE)?.reference ?? '';
    expect(reference).toMatch(/^INC-\d{4}-\d{4}$/);

    // The menu adds a history entry, and focus moves to the new page's heading.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('register-row').first().waitFor();
    expect(await hash()).toBe('#/register');
    await expect.poll(() => page.evaluate(FOCUSED)).toBe('H1 Register');

    // A deep link to an incident's tab, by its reference; the harness's token stays in the query.
    await page.goto(`${s.harness.url}#/incidents/${reference}/parties`);
    await page.getByTestId('incident-title').getByText(CC_TITLE).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: /^Parties/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(FOCUSED)).toBe(`H1 ${CC_TITLE}`);
    expect(await search()).toBe(tokenQuery);
    await page.getByText(/of 6 linked/).waitFor();
    await s.shot('60-deep-link-incident-parties');

    // A tab is a history entry of its own.
    await page.getByRole('tab', { name: 'Notes' }).click();
    expect(await hash()).toBe(`#/incidents/${reference}/notes`);
    await page.goBack();
    await expect.poll(() => page.getByRole('tab', { name: /^Parties/ }).getAttribute('aria-selected')).toBe('true');
    expect(await hash()).toBe(`#/incidents/${reference}/parties`);

    // Back goes to the previous view, Forward returns; Alt+Left and Alt+Right do the same from the keyboard.
    await page.goBack();
    await heading.getByText('Register', { exact: true }).waitFor();
    expect(await hash()).toBe('#/register');
    await expect.poll(() => page.evaluate(FOCUSED)).toBe('H1 Register');
    await page.goForward();
    await page.getByTestId('incident-title').getByText(CC_TITLE).waitFor();
    await page.keyboard.press('Alt+ArrowLeft');
    await heading.getByText('Register', { exact: true }).waitFor();
    expect(await hash()).toBe('#/register');
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByTestId('incident-title').getByText(CC_TITLE).waitFor();
    expect(await hash()).toBe(`#/incidents/${reference}/parties`);

    // An address that is no route shows the dashboard, and says so.
    await page.goto(`${s.harness.url}#/incidents/not-a-reference`);
    await heading.getByText('Dashboard', { exact: true }).waitFor();
    expect(await hash()).toBe('#/dashboard');

    // A filtered register is a link: its filter shows in the toolbar, and changing it changes the address.
    await page.goto(`${s.harness.url}#/register?status=open&q=relocation`);
    await heading.getByText('Register', { exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('Search incidents').inputValue()).toBe('relocation');
    await page
      .getByTestId('register-count')
      .getByText(/match “relocation”/)
      .waitFor();
    await expect.poll(() => page.locator('.mantine-Pill-root').allTextContents()).toEqual(['Reported', 'Triage', 'Investigating', 'Contained', 'Notifying']);
    await page.getByTestId('register-row').getByText(CC_TITLE).waitFor();
    const open = ['reported', 'triage', 'investigating', 'contained', 'notifying'] as const;
    const matching = ok(await s.api('incidents:list', { filter: { statuses: [...open], kinds: [], markings: [], text: 'relocation' } }));
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(matching.total);
    await s.shot('63-register-filtered-by-link');
    await page.getByLabel('Search incidents').fill('navy.ml');
    await expect.poll(hash).toBe('#/register?status=open&q=navy.ml');

    // The register at 1366×768 and 1024×768: the title keeps its room, other columns step aside, nothing scrolls sideways.
    // The bare register link clears the filter, the search box included.
    await page.goto(`${s.harness.url}#/register`);
    await expect.poll(() => page.getByLabel('Search incidents').inputValue()).toBe('');
    await page
      .getByTestId('register-count')
      .getByText(/^\d+ incidents$/)
      .waitFor();
    const headers = () => page.getByRole('columnheader').allTextContents();
    const scrollsSideways = () => page.evaluate('(() => { const t = document.querySelector("[role=table]"); return t.scrollWidth > t.clientWidth; })()');
    const titleWidth = () => page.evaluate('document.querySelector("[role=columnheader]:nth-child(2)").getBoundingClientRect().width');

    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(headers).toEqual(['Reference', 'Title', 'Status', 'Severity', 'ICO clock', 'Marking', 'Discovered▼', 'Affected']);
    expect(await scrollsSideways()).toBe(false);
    expect(await titleWidth()).toBeGreaterThanOrEqual(300);
    await s.shot('61-register-1366x768');

    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(headers).toEqual(['Reference', 'Title', 'Status', 'Severity', 'ICO clock']);
    expect(await scrollsSideways()).toBe(false);
    expect(await titleWidth()).toBeGreaterThanOrEqual(300);
    await s.shot('62-register-1024x768');

    // Near a clock change, the ICO deadline names its zone: aware 02:30 GMT on 26 Mar 2026, due 72 hours later at 03:30 BST.
    await page.setViewportSize({ width: 1366, height: 768 });
    const spring = ok(
      await s.api('incidents:create', {
        kind: 'lost_device',
        title: 'Laptop lost the week the clocks went forward',
        discoveredAt: Date.UTC(2026, 2, 26, 2, 30),
        details: { deviceType: 'Laptop' },
      }),
    );
    await page.goto(`${s.harness.url}#/incidents/${spring.reference}`);
    await page.getByTestId('incident-title').getByText('Laptop lost the week the clocks went forward').waitFor();
    await page.getByTestId('clock-regulator').hover();
    await page.getByRole('tooltip').getByText('Due 29 Mar 2026 03:30 BST, 72 hours after awareness (26 Mar 2026 02:30 GMT).', { exact: false }).waitFor();
    await s.shot('64-deadline-near-clock-change');

    await s.expectNothingLeaked();
  }
});
