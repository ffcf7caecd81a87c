import type { SensitivityLabel } from '../../../shared/contract/emails';
import { MARKINGS, type Marking } from '../../../shared/domain/vocabulary';

/**
 * Microsoft Purview writes the label applied to a message in an `msip_labels` header:
 * `MSIP_Label_<id>_Enabled=true; MSIP_Label_<id>_Name=OFFICIAL-SENSITIVE; MSIP_Label_<id>_SiteId=…; …`,
 * one group of settings per label. The label's name is what the department called it; it is offered as the
 * marking of the material compromised only when it names a Government Security Classification
 * (docs/domain.md#protective-markings), and the officer confirms it.
 */
export function sensitivityLabelOf(headerValues: string[]): SensitivityLabel | null {
  const labels = new Map<string, { name?: string; enabled?: boolean }>();
  for (const value of headerValues) {
    for (const setting of value.split(';')) {
      const match = /^\s*MSIP_Label_([0-9a-f-]+)_(\w+)\s*=\s*(.*?)\s*$/i.exec(setting);
      if (!match) continue;
      const [, id, key, text] = match as unknown as [string, string, string, string];
      const label = labels.get(id.toLowerCase()) ?? {};
      if (key.toLowerCase() === 'name') label.name = text;
      if (key.toLowerCase() === 'enabled') label.enabled = text.toLowerCase() === 'true';
      labels.set(id.toLowerCase(), label);
    }
  }
  const named = [...labels.values()].filter((l): l is { name: string; enabled?: boolean } => !!l.name && l.enabled !== false);
  if (named.length === 0) return null;
  // A sub-label comes with its parent; the one that says most about the material is the one offered.
  const ranked = named.map((l) => ({ name: l.name, marking: markingOfLabel(l.name) })).sort((a, b) => rank(b.marking) - rank(a.marking));
  return ranked[0]!;
}

const rank = (marking: Marking | null) => (marking === null ? -1 : MARKINGS.indexOf(marking));

/** "OFFICIAL-SENSITIVE", "Official Sensitive – Personal", "OFFICIAL_SENSITIVE" → OFFICIAL-SENSITIVE; "Confidential" → null. */
export function markingOfLabel(name: string): Marking | null {
  const words = name
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();
  if (/^TOP SECRET\b/.test(words)) return 'TOP SECRET';
  if (/^SECRET\b/.test(words)) return 'SECRET';
  if (/^OFFICIAL SENSITIVE\b/.test(words)) return 'OFFICIAL-SENSITIVE';
  if (/^OFFICIAL\b/.test(words)) return 'OFFICIAL';
  return null;
}
