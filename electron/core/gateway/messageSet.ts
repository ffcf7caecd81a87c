import { DOMAIN_CLASSES, domainOfAddress, type DomainClass, type DomainClassification } from '../../../shared/domain/lookalike';
import type { LogEntry } from './logRow';

/** A message to a lookalike domain, one per message and recipient: what the import keeps. */
export type KeptMessage = {
  sentAt: number;
  sender: string;
  recipient: string;
  subject: string;
  messageId: string;
  classification: DomainClassification;
};

/**
 * Counts each message once per recipient, however many log lines (RECEIVE, SEND, DELIVER…) name it,
 * and keeps only those to lookalike domains: a breach register must not absorb a day of the
 * department's mail, so the others are counted by class and dropped. A line without a message id
 * cannot be matched with others and counts on its own.
 */
export function createMessageSet(classify: (domain: string) => DomainClassification) {
  const seen = new Set<string>();
  const kept = new Map<string, KeptMessage>();
  const byClass = Object.fromEntries(DOMAIN_CLASSES.map((c) => [c, 0])) as Record<DomainClass, number>;
  // Keyed by the domain as written, so each spelling is normalised and classified once.
  const byDomain = new Map<string, DomainClassification>();

  function classOf(address: string): DomainClassification {
    const raw = address.slice(address.lastIndexOf('@') + 1);
    let found = byDomain.get(raw);
    if (!found) {
      found = classify(address.includes('@') ? (domainOfAddress(address) ?? raw) : '');
      byDomain.set(raw, found);
    }
    return found;
  }

  return {
    add(entry: LogEntry, line: number): void {
      const id = entry.messageId ? entry.messageId.toLowerCase() : `line ${line}`;
      for (const recipient of entry.recipients) {
        const key = `${id}\n${recipient}`;
        const earlier = kept.get(key);
        if (earlier) {
          if (entry.sentAt < earlier.sentAt) earlier.sentAt = entry.sentAt;
          continue;
        }
        if (seen.has(key)) continue;
        const classification = classOf(recipient);
        byClass[classification.domainClass] += 1;
        if (classification.domainClass === 'lookalike') {
          kept.set(key, { sentAt: entry.sentAt, sender: entry.sender, recipient, subject: entry.subject, messageId: entry.messageId, classification });
        } else seen.add(key);
      }
    },
    byClass,
    kept: () => [...kept.values()],
  };
}
