import type { FieldIssue } from '../../../../shared/contract/result';

export type DomainListName = 'internal' | 'partners';

/**
 * A domain as it is stored: lower case, without surrounding dots, and without the mailbox when an officer
 * pastes a whole address (`joe.bloggs@army.mil` → `army.mil`).
 */
export function normaliseDomain(text: string): string {
  const domain = text.trim().toLowerCase();
  return domain.slice(domain.lastIndexOf('@') + 1).replace(/^\.+|\.+$/g, '');
}

/** The normalised, de-duplicated list, in the order the officer entered it. */
export function normaliseList(entries: readonly string[]): string[] {
  return [...new Set(entries.map(normaliseDomain).filter((d) => d !== ''))];
}

/** Labels of letters (any script, for internationalised names), digits and inner hyphens, joined by dots. */
const DOMAIN_SHAPE = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)(\.(?!-)[\p{L}\p{N}-]{1,63}(?<!-))*$/u;

/**
 * The first entry that cannot be a domain, with why; null when every entry can. The core keeps what it is
 * given, so a typo here would silently never match a recipient.
 */
export function firstMalformed(list: readonly string[]): string | null {
  const bad = list.find((d) => d.length > 253 || !DOMAIN_SHAPE.test(d));
  return bad === undefined ? null : `“${bad}” is not a domain: use letters, digits, hyphens and dots, e.g. mod.gov.uk`;
}

/** The suggested defaults not yet in the list, for one-click adding. */
export function missingSuggestions(list: readonly string[], suggested: readonly string[]): string[] {
  return suggested.filter((d) => !list.includes(d));
}

/** Whether two lists hold the same domains, whatever the order. */
export function sameDomains(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/**
 * The core's issues by list: `partners.3` names the fourth entry, so the message names that domain.
 * Issues that belong to neither list are returned under `other`.
 */
export function issuesByList(issues: readonly FieldIssue[], lists: Record<DomainListName, readonly string[]>): Partial<Record<DomainListName | 'other', string>> {
  const out: Partial<Record<DomainListName | 'other', string>> = {};
  for (const issue of issues) {
    const [list, index] = issue.path.split('.');
    if (list === 'internal' || list === 'partners') {
      const entry = index === undefined ? undefined : lists[list][Number(index)];
      out[list] ??= entry ? `${entry}: ${issue.message}` : issue.message;
    } else {
      out.other ??= issue.message;
    }
  }
  return out;
}
