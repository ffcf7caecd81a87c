/**
 * JSON text already in canonical form (as stored by Casebook), spliced in as it is rather than parsed and
 * written again: verifying the audit chain hashes the stored bytes themselves, which is both stricter
 * and twice as fast.
 */
export class CanonicalText {
  constructor(readonly text: string) {}
}

/**
 * Canonical JSON (RFC 8785, JCS) for the values Casebook audits: object keys sorted by UTF-16 code
 * units, no whitespace, numbers and strings as ECMAScript's JSON.stringify writes them (which is what
 * RFC 8785 specifies for both). `undefined` members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value instanceof CanonicalText) return value.text;
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('Non-finite numbers have no JSON form');
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`A ${typeof value} has no JSON form`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
