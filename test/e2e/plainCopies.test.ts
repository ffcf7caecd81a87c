import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/core/db/openDatabase';
import { backupDirBeside, openCasebook } from '../../electron/core/openCasebook';
import { createCore } from '../fixtures/core';
import { SHOTS, signIn, startE2eSession, type E2eSession } from './support/e2eSession';

const NAME = 'Grace Okafor';
const COPY = 'casebook-v30-2026-11-20T09-00-00.000Z.db';

describe('a plain copy left from before encryption', () => {
  let s: E2eSession;
  let page: Page;
  let copy = '';

  beforeAll(async () => {
    // A register used plain (an earlier version, or --plain), with the pre-migration copy Casebook made of it.
    s = await startE2eSession('plain-copies', {
      prepare: (dbFile) => {
        const db = openCasebook(dbFile);
        expect(createCore(db, { actor: () => 'Earlier Officer' }).call('parties:create', { name: NAME }).ok).toBe(true);
        mkdirSync(backupDirBeside(dbFile), { recursive: true });
        copy = join(backupDirBeside(dbFile), COPY);
        db.prepare('VACUUM INTO ?').run(copy);
        closeDatabase(db);
      },
    });
    page = s.page;
  });

  afterAll(async () => {
    await s?.close();
  });

  it('is encrypted at the first setup, and the administrator is told which', async () => {
    expect(readFileSync(copy).includes(Buffer.from(NAME))).toBe(true);
    await signIn(page, s.harness.url);
    await page.getByRole('button', { name: 'Create account and open Casebook' }).click();
    await page.getByText('A plain copy of the register was encrypted').waitFor();
    await page.getByText(COPY, { exact: false }).waitFor();
    // The notice stays until the administrator closes it (s.shot closes notices, so the picture is taken here).
    await page.waitForTimeout(3500);
    expect(await page.getByText('A plain copy of the register was encrypted').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'plain-copy-encrypted.png') });
    expect(readFileSync(copy).includes(Buffer.from(NAME))).toBe(false);
    await s.expectNothingLeaked();
  });
});
