import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ok, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const CC_TITLE = 'Afghan relocation applicants copied in (CC) instead of BCC';
const ADMIN = 'Alex Morgan';
const HALF_NOTE = 'Rang the sender: she typed the list into CC from memory, and has since';
const NEW_TITLE = 'Laptop left on the 07:42 to Waterloo';
const EDITED_TITLE = 'Afghan relocation applicants copied in (CC) — list of 55 addresses';

/**
 * Issue 11 §3: work is never lost. A half-typed note survives a reload, a new incident the manual lock
 * and an edit of the details the idle lock; each is offered back after login and restored, and a
 * submitted one is not offered again. A dirty form questions a reload. Drafts live in the encrypted
 * register (asked for through the API here), never in the page's storage.
 */
describe('drafts: work is never lost', () => {
  let s: E2eSession;
  let page: Page;
  let reference = '';

  beforeAll(async () => {
    s = await startE2eSession('drafts');
    page = s.page;
  });

  afterAll(async () => {
    await s?.close();
  });

  const shot = (name: string) => s.shot(`drafts-${name}`);
  const lockScreen = () => page.getByRole('heading', { name: 'Casebook is locked' });
  const offer = () => page.getByTestId('drafts-offer');
  /** The offer's dialog once its opening transition is over, so the picture shows it as the officer does. */
  const offerShown = async () => {
    await page.getByRole('dialog', { name: 'Unsaved work' }).waitFor();
    const opacity = () =>
      page
        .locator('.mantine-Modal-content')
        .evaluate((content) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(content).opacity);
    await expect.poll(opacity, { timeout: 5000 }).toBe('1');
  };
  /** Restores the one draft offered and waits for the dialog to be gone. */
  const restoreOffered = async () => {
    await offer().getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('dialog', { name: 'Unsaved work' }).waitFor({ state: 'detached' });
  };
  const screenText = async () => (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  const noteField = () => page.getByLabel('Add a note');
  const drafts = async () => ok(await s.api('drafts:list', {})).items;
  /** Waits until the form's draft is in the register (the forms save 400 ms after the last change). */
  const kept = (kind: string) => expect.poll(async () => (await drafts()).map((d) => d.kind), { timeout: 10_000 }).toEqual([kind]);

  async function logIn() {
    await page.getByLabel(/^Account name/).fill(ADMIN);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
  }

  async function openCcIncident() {
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await page.getByTestId('panel-clocks').getByTestId('clock-watch').filter({ hasText: CC_TITLE }).click();
    await page.getByTestId('incident-title').getByText(CC_TITLE).waitFor();
  }

  it('keeps a half-typed note through a reload, offers it back, and forgets it once the note is added', async () => {
    await s.shotOnFailure('drafts-note', async () => {
      await signIn(page, s.harness.url);
      await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
      await page.getByRole('button', { name: 'Load demo incidents' }).click();
      await openCcIncident();
      reference = (await page.getByTestId('incident-reference').textContent()) ?? '';
      await page.getByRole('tab', { name: 'Notes' }).click();
      await noteField().fill(HALF_NOTE);
      await kept('note');

      // The reload is questioned while the note is unsaved; going ahead keeps the draft anyway.
      const questioned: string[] = [];
      page.once('dialog', (dialog: Dialog) => {
        questioned.push(dialog.type());
        void dialog.accept();
      });
      await page.reload();
      expect(questioned).toEqual(['beforeunload']);

      await offer().getByText(`You were writing a note on ${reference}`).waitFor();
      await offer().getByText(CC_TITLE).waitFor();
      await offerShown();
      await shot('01-offer-after-reload');
      await restoreOffered();
      await page
        .getByTestId('draft-restored')
        .getByText(/Restored your unsaved draft from \d{1,2} \w{3} \d{4} \d{2}:\d{2}/)
        .waitFor();
      expect(await noteField().inputValue()).toBe(HALF_NOTE);
      await shot('02-note-restored');

      await noteField().fill(`${HALF_NOTE} deleted the message.`);
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByTestId('note').filter({ hasText: 'has since deleted the message.' }).waitFor();
      await expect.poll(drafts, { timeout: 10_000 }).toEqual([]);
      await page.reload();
      await page.getByTestId('current-account').getByText(ADMIN).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await offer().count()).toBe(0);
      const stored = String(await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })'));
      expect(stored).not.toContain('typed the list');
    });
  });

  it('keeps a new incident typed just before the manual lock, which clears the screen at once; after login it is offered and restored', async () => {
    await s.shotOnFailure('drafts-lock', async () => {
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      await page.getByRole('button', { name: 'New incident' }).click();
      // Typed and locked at once: less than the debounce, so the lock itself sends the draft.
      await page.getByLabel(/^Title/).fill(NEW_TITLE);
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
      await lockScreen().waitFor();
      expect(await screenText()).not.toContain(NEW_TITLE);
      await shot('03-locked');

      await logIn();
      await offer().getByText('You were writing a new incident').waitFor();
      await offerShown();
      await shot('04-offer-after-login');
      await restoreOffered();
      await page.getByTestId('draft-restored').waitFor();
      expect(await page.getByLabel(/^Title/).inputValue()).toBe(NEW_TITLE);
      await shot('05-new-incident-restored');

      // Cancelling asks before it throws the typed incident away; agreeing discards the draft.
      const asked: string[] = [];
      page.once('dialog', (dialog: Dialog) => {
        asked.push(dialog.message());
        void dialog.accept();
      });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'New incident' }).waitFor();
      expect(asked).toEqual(['Discard the new incident you were writing? It has not been recorded.']);
      await expect.poll(drafts, { timeout: 10_000 }).toEqual([]);
    });
  });

  it('keeps an edit of the details through the idle lock, and the officer can discard it', async () => {
    await s.shotOnFailure('drafts-idle', async () => {
      // The page's clock is the test's from here, so the idle timer can be run on.
      await page.clock.install();
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByLabel('Lock after (minutes idle)').fill('1');
      await page.getByRole('button', { name: 'Save security settings' }).click();
      await page.getByText('Casebook now locks after 1 minute without use.').waitFor();

      await openCcIncident();
      await page.getByRole('tab', { name: 'Details' }).click();
      await page.getByRole('button', { name: 'Edit details' }).click();
      await page.getByLabel(/^Title/).fill(EDITED_TITLE);
      await page.clock.fastForward('01:05');
      await lockScreen().waitFor();
      expect(await screenText()).not.toContain('relocation');

      await logIn();
      await offer().getByText(`You were writing the details of ${reference}`).waitFor();
      await restoreOffered();
      await page.getByTestId('draft-restored').waitFor();
      expect(await page.getByLabel(/^Title/).inputValue()).toBe(EDITED_TITLE);
      await shot('06-details-restored');

      await page.getByRole('button', { name: 'Discard draft' }).click();
      expect(await page.getByLabel(/^Title/).inputValue()).toBe(CC_TITLE);
      await expect.poll(drafts, { timeout: 10_000 }).toEqual([]);
    });
  });

  it('questions reloading or leaving a changed assessment by a tab, a menu or Back; staying keeps the choices on screen', async () => {
    await s.shotOnFailure('drafts-leave', async () => {
      await page.getByRole('tab', { name: 'Assessment' }).click();
      await page.getByRole('radio', { name: /^Simple/ }).check();
      await kept('assessment');

      const questioned: string[] = [];
      page.once('dialog', (dialog: Dialog) => {
        questioned.push(dialog.type());
        void dialog.dismiss();
      });
      await page.reload({ timeout: 3000 }).catch(() => undefined);
      expect(questioned).toEqual(['beforeunload']);
      expect(await page.getByRole('radio', { name: /^Simple/ }).isChecked()).toBe(true);
      await kept('assessment');

      // Another tab, another page and Back are asked about the same way; staying keeps the form.
      const asked: string[] = [];
      const stay = (dialog: Dialog) => {
        asked.push(dialog.message());
        void dialog.dismiss();
      };
      page.on('dialog', stay);
      await page.getByRole('tab', { name: 'Notes' }).click();
      await page.getByRole('button', { name: 'Register', exact: true }).click();
      page.off('dialog', stay);
      // Back is answered by the page after the address has moved: the question comes, and the address returns.
      const backAsked = page.waitForEvent('dialog');
      void page.goBack().catch(() => undefined);
      const back = await backAsked;
      asked.push(back.message());
      await back.dismiss();
      expect(asked).toHaveLength(3);
      expect(asked.every((question) => question.includes('unsaved changes to an assessment'))).toBe(true);
      await expect.poll(() => page.url()).toMatch(/#\/incidents\/INC-\d{4}-\d{4}\/assessment$/);
      expect(await page.getByRole('radio', { name: /^Simple/ }).isChecked()).toBe(true);
      await s.expectNothingLeaked();
    });
  });
});
