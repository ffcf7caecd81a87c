import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: Playwright's own browsers cannot be downloaded on our machines. */
export function chromiumPath(): string {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  if (!found) throw new Error('Chromium is not installed: run `apt-get update && apt-get install -y chromium`.');
  return found;
}

/**
 * Chromium contacts Google services by itself (component updater, accounts, autofill) even with
 * background networking off: those are pointed at a dead local port, and everything else that is not
 * loopback goes through the recording proxy (docs/stack.md#chromiums-own-traffic).
 */
export function launchChromium(proxyPort: number): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--component-updater=url-source=http://127.0.0.1:9/cu',
      '--gaia-url=http://127.0.0.1:9',
      '--autofill-server-url=http://127.0.0.1:9/af',
    ],
    // Without the bypass the page's own loopback requests would go to the proxy and fail.
    proxy: { server: `http://127.0.0.1:${proxyPort}`, bypass: '127.0.0.1' },
  });
}
