#!/usr/bin/env node
// The `casebook` command for `npx casebook …`: runs the TypeScript CLI through tsx, as `npm run casebook` does.
require('tsx/cjs/api').register();
require('../electron/cli/index.ts');
