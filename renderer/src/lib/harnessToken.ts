/**
 * The harness's per-run secret, read from the page's address once and kept in memory only: it must not
 * outlive the tab (never in storage).
 */
const token = new URLSearchParams(window.location.search).get('token') ?? '';

export function harnessToken(): string {
  return token;
}
