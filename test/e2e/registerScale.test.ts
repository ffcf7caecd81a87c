import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../fixtures/core';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { openCasebook } from '../../electron/core/openCasebook';
import { setOfficer } from '../../electron/core/session/sessionService';
import { startHarness, type Harness } from '../harness/server';
import { launchChromium } from './browser';
import { startRecordingProxy, type RecordingProxy } from './recordingProxy';
import { ensureRendererBuilt } from './rendererBuild';

const SHOTS = resolve(__dirname, '../../test-results/e2e');
const INCIDENTS = 1_500;
const DAY = 86_400_000;

/** Seeds the register through the core itself, so the browser sees exactly what the app would. */
function seed(dbFile: string) {
  const db = openCasebook(dbFile);
  try {
    const core = createCore(db);
    const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    setOfficer(core.context, { name: 'Alex Morgan', businessUnit: 'Defence Security' });
    const start = Date.UTC(2026, 0, 1);
    for (let n = 1; n <= INCIDENTS; n += 1) {
      ok(
        core.call('incidents:create', {
          kind: 'lost_device',
          title: `Seeded incident ${String(n).padStart(4, '0')}`,
          discoveredAt: start + n * (DAY / 8),
          details: { deviceType: 'Laptop' },
        }),
      );
    }
  } finally {
    closeDatabase(db);
  }
}

describe('the register with more incidents than fit on screen', () => {
  let dir: string;
  let harness: Harness;
  let proxy: RecordingProxy;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureRendererBuilt();
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'casebook-e2e-scale-'));
    seed(join(dir, 'scale.db'));
    // Seeded directly, so served directly: this measures the register's rendering, not the first unlock.
    harness = await startHarness({ dbFile: join(dir, 'scale.db'), port: 0, vault: false });
    proxy = await startRecordingProxy();
    browser = await launchChromium(proxy.port);
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const rows = () => page.getByTestId('register-row');

  it('tells someone who opened it without the harness’s token what to do', async () => {
    await page.goto(`${harness.origin}/`);
    await page.getByTestId('startup-problem').getByText('Open the link the harness printed').waitFor();
  });

  it('renders only the visible rows and fetches pages as the officer scrolls', async () => {
    await page.goto(harness.url);
    // Home is the dashboard; the register is one click away.
    await page.getByTestId('panel-clocks').waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByTestId('register-count').getByText('1,500 incidents').waitFor();
    await rows().first().getByText('Seeded incident 1500').waitFor();
    expect(await rows().count()).toBeLessThan(80);

    // End jumps to the last loaded row; each jump brings the next keyset page, until the oldest is reached.
    await rows().first().focus();
    for (let i = 0; i < 40 && (await page.getByText('Seeded incident 0001').count()) === 0; i += 1) {
      await page.keyboard.press('End');
      await page.waitForTimeout(100);
    }
    await page.getByText('Seeded incident 0001').waitFor();
    expect(await rows().count()).toBeLessThan(80);
    await page.screenshot({ path: join(SHOTS, '20-register-scrolled.png') });

    // Sorting is done by the core: oldest first puts the first seeded incident at the top.
    await page.getByRole('columnheader', { name: 'Discovered' }).getByRole('button').click();
    await rows().first().getByText('Seeded incident 0001').waitFor();
    expect(await page.getByRole('columnheader', { name: 'Discovered' }).getAttribute('aria-sort')).toBe('ascending');

    // Enter opens the focused incident.
    await rows().first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('incident-title').getByText('Seeded incident 0001').waitFor();

    expect(proxy.seen).toEqual([]);
  });
});
