#!/usr/bin/env node
// The `casebook` command (`node bin/casebook.js …`, `npm run casebook`, `npx casebook`): runs the built
// command line in out/cli/, which starts at once where compiling the TypeScript took about a second.
// A missing build is reported rather than made here: building writes into the checkout and needs the
// development packages, which a command an officer runs should not do behind their back.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'out', 'cli', 'casebook.js');
if (existsSync(built)) {
  require(built);
} else {
  process.stderr.write(
    `${JSON.stringify({ error: { code: 'INTERNAL', message: `Casebook’s command line is not built: run npm run build in ${join(__dirname, '..')}, then try again.` } })}\n`,
  );
  process.exitCode = 1;
}
