import { DomainSettingsSchema, type DomainSettings } from '../../../shared/contract/domains';
import type { Output, ParsedInput } from '../../../shared/contract';
import { stampNow } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { readSetting, writeSetting } from '../settings/settingsRepository';

/**
 * Who we are and who we write to. Until the officer changes them, the lists are the suggested UK
 * government and defence domains, so the first imported email is already classified usefully.
 * A public suffix (`gov.uk`, `mil`) stands for every domain under it.
 */
export const SUGGESTED_DOMAINS: DomainSettings = {
  internal: ['mod.gov.uk'],
  partners: ['gov.uk', 'mil', 'army.mil', 'navy.mil', 'af.mil', 'nato.int', 'police.uk', 'parliament.uk', 'nhs.net', 'gov.scot', 'gov.wales'],
};

const KEY = 'domains';

export function readDomainLists(db: Db): DomainSettings {
  return readSetting(db, KEY, DomainSettingsSchema, SUGGESTED_DOMAINS);
}

export function getDomains(ctx: CoreContext): Output<'domains:get'> {
  return { ...readDomainLists(ctx.db), suggested: SUGGESTED_DOMAINS };
}

export function updateDomains(ctx: CoreContext, input: ParsedInput<'domains:update'>): Output<'domains:get'> {
  const next: DomainSettings = { internal: unique(input.internal), partners: unique(input.partners) };
  const { actor, at } = stampNow(ctx);
  ctx.db
    .transaction(() => {
      const before = readDomainLists(ctx.db);
      const changes = diffFields(before, next);
      if (changes.length === 0) return;
      writeSetting(ctx.db, KEY, next);
      appendAudit(ctx, actor, at, [
        { action: 'settings.domains_changed', entityType: 'settings', entityId: KEY, incidentId: null, summary: describeChange(before, next), changes },
      ]);
    })
    .immediate();
  ctx.events.emit({ type: 'data:changed', entities: ['settings'] });
  return getDomains(ctx);
}

function unique(domains: readonly string[]): string[] {
  return [...new Set(domains)].sort();
}

function describeChange(before: DomainSettings, after: DomainSettings): string {
  const parts: string[] = [];
  for (const [list, label] of [
    ['internal', 'internal'],
    ['partners', 'partner'],
  ] as const) {
    const added = after[list].filter((d) => !before[list].includes(d));
    const removed = before[list].filter((d) => !after[list].includes(d));
    if (added.length) parts.push(`${label} domains added: ${added.join(', ')}`);
    if (removed.length) parts.push(`${label} domains removed: ${removed.join(', ')}`);
  }
  return parts.length ? `Domain lists changed — ${parts.join('; ')}` : 'Domain lists saved unchanged';
}
