import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalIncident } from '../fixtures/db';
import { ok, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

/** "Invoice fdp.exe" with a right-to-left override: without a marker it reads "Invoice exe.pdf". */
const SPOOFED_TITLE = 'Invoice \u202Efdp.exe sent to army.ml';
/** A zero-width space inside a name: it looks like "Sam Patel" and is another party. */
const LOOKALIKE_NAME = 'Sam\u200B Patel';

describe('hidden characters on screen', () => {
  let s: E2eSession;
  let page: Page;

  beforeAll(async () => {
    s = await startE2eSession('hidden-marks');
    page = s.page;
  });

  afterAll(async () => {
    await s?.close();
  });

  it('shows a direction override in a title and an invisible character in a name as visible markers', async () => {
    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    const incident = ok(await s.api('incidents:create', minimalIncident({ title: SPOOFED_TITLE })));
    ok(
      await s.api('involvements:link', {
        incidentId: incident.id,
        party: { new: { name: LOOKALIKE_NAME } },
        involvement: { roles: ['data_subject'], dataCategories: [] },
      } as never),
    );

    await page.getByRole('button', { name: 'Parties', exact: true }).click();
    await page.getByText('Sam[U+200B] Patel').first().waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByTestId('register-row').filter({ hasText: '[U+202E]' }).click();
    expect(await page.getByTestId('incident-title').textContent()).toContain('Invoice [U+202E]fdp.exe sent to army.ml');
    await page.getByRole('tab', { name: /Parties/ }).click();
    await page.getByText('Sam[U+200B] Patel').first().waitFor();
    await s.shot('hidden-marks');
    await s.expectNothingLeaked();
  });
});
