import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture's walls are lint rules (eslint.config.mjs). Each is tried here on a snippet that breaks
 * it, so a wall dropped from the config fails this test rather than going quietly.
 */
const root = resolve(__dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** `rule: message` of every problem ESLint finds in `code`, linted as if it were the file at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the walls between core, shell, contract and renderer', () => {
  const cases: [wall: string, path: string, code: string, message: RegExp][] = [
    ['the core imports nothing from electron', 'electron/core/x.ts', `import { app } from 'electron';\nexport const a = app;\n`, /Electron-free/],
    ['the core imports nothing from the shell', 'electron/core/db/x.ts', `import { a } from '../../main/window';\nexport const b = a;\n`, /nothing from the shell/],
    ['shared/ imports nothing from electron', 'shared/domain/x.ts', `import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n`, /nothing from Electron/],
    ['shared/ imports nothing from electron/', 'shared/domain/x.ts', `import { a } from '../../electron/core/api';\nexport const b = a;\n`, /nothing from Electron/],
    ['shared/ opens no database', 'shared/x.ts', `import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;\n`, /no database driver/],
    ['shared/ renders nothing', 'shared/x.ts', `import { useState } from 'react';\nexport const a = useState;\n`, /no React/],
    ['shared/ uses no node: built-ins', 'shared/x.ts', `import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n`, /no Node built-ins/],
    ['shared/ uses no bare built-ins', 'shared/x.ts', `import { join } from 'path';\nexport const a = join;\n`, /no Node built-ins/],
    ['shared/ uses no fs', 'shared/x.ts', `import { readFileSync } from 'fs';\nexport const a = readFileSync;\n`, /no Node built-ins/],
    ['the renderer imports nothing from electron/', 'renderer/src/x.ts', `import { call } from '../../electron/core/api';\nexport const a = call;\n`, /window\.casebook/],
    ['the renderer opens no database', 'renderer/src/x.tsx', `import Database from 'better-sqlite3';\nexport const a = Database;\n`, /never opens the database/],
  ];

  for (const [wall, path, code, message] of cases) {
    it(`${wall} (${path})`, async () => {
      const found = await problems(path, code);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-imports: /);
      expect(found[0]).toMatch(message);
    });
  }

  it('lets each side import what it may: the core zod and shared/, shared/ zod, the renderer shared/', async () => {
    expect(
      await problems('electron/core/x.ts', `import { z } from 'zod';\nimport { MARKINGS } from '../../shared/domain/vocabulary';\nexport const a = [z, MARKINGS];\n`),
    ).toEqual([]);
    expect(await problems('shared/domain/x.ts', `import { z } from 'zod';\nexport const a = z;\n`)).toEqual([]);
    expect(await problems('renderer/src/x.ts', `import { MARKINGS } from '../../shared/domain/vocabulary';\nexport const a = MARKINGS;\n`)).toEqual([]);
  });
});

describe('our habits', () => {
  it('refuses unused variables', async () => {
    expect(await problems('electron/core/x.ts', `const unused = 1;\nexport {};\n`)).toEqual([expect.stringMatching(/^@typescript-eslint\/no-unused-vars: /)]);
  });

  it('refuses the console in the core, where a log is injected, and allows it in the shell', async () => {
    expect(await problems('electron/core/x.ts', `console.log('x');\n`)).toEqual([expect.stringMatching(/^no-console: /)]);
    expect(await problems('electron/main/x.ts', `console.warn('x');\n`)).toEqual([]);
  });

  it('refuses a test that skips itself or others', async () => {
    const code = `import { it } from 'vitest';\nit.skip('a', () => {});\nit('b', (ctx) => ctx.skip());\n`;
    const found = await problems('test/core/x.test.ts', code);
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: .*never skips/), expect.stringMatching(/^no-restricted-syntax: .*never skips/)]);
  });
});
