import type { FieldChange } from '../../../shared/contract/audit';
import type { Db } from '../db/openDatabase';
import type { AuditDraft, AuditRow } from './auditLog';
import { canonicalJson } from './canonicalJson';
import { openText, ownersOf, sealingKey, sealText, type DataKeyOwner } from './dataKeys';
import { isPersonalField } from './personalFields';

/** What history shows where a value's data key has been destroyed. */
export const ERASED = '[erased]';

/** A personal value as stored: its canonical JSON, sealed. The marker cannot be a field of any value Casebook audits. */
const SEALED = '$sealed';

/** Where a sealed part of a summary goes: ⟪0⟫, ⟪1⟫… */
const place = (n: number) => `⟪${n}⟫`;
const PLACE = /⟪(\d+)⟫/g;

/** Automatic summary pieces shorter than this are left alone: a one-letter note would blank letters of words. */
const MIN_PIECE = 3;

type Sealed = { summary: string; sealedSummary: string | null; changes: FieldChange[] };

const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Seals an entry's personal values under the data keys of its incident and party: each personal field's
 * before and after, and each piece of the summary that is one of those values or is named in
 * `draft.personal`. An entry that concerns no incident and no party (settings, accounts) names nobody
 * the register protects and is left as it is.
 */
export function sealPersonal(db: Db, draft: AuditDraft, now: number): Sealed {
  const owners = ownersOf(draft);
  if (owners.length === 0) return { summary: draft.summary, sealedSummary: null, changes: draft.changes };
  let key: Buffer | null = null;
  const seal = (value: unknown) => (isBlank(value) ? value : { [SEALED]: sealText((key ??= sealingKey(db, owners, now)), canonicalJson(value)) });
  const changes = draft.changes.map((c) => (isPersonalField(c.field) ? { field: c.field, before: seal(c.before), after: seal(c.after) } : c));
  const automatic = draft.changes
    .filter((c) => isPersonalField(c.field))
    .flatMap((c) => [c.before, c.after])
    .filter((v): v is string => typeof v === 'string' && v.trim().length >= MIN_PIECE);
  const pieces = [...new Set([...(draft.personal ?? []).filter((p) => p.length > 0), ...automatic])].sort((a, b) => b.length - a.length);
  let summary = draft.summary;
  const values: string[] = [];
  for (const piece of pieces) {
    if (!summary.includes(piece)) continue;
    summary = summary.split(piece).join(place(values.length));
    values.push(piece);
  }
  const sealedSummary = values.length === 0 ? null : sealText((key ??= sealingKey(db, owners, now)), JSON.stringify(values));
  return { summary, sealedSummary, changes };
}

/** An entry's summary and changes as history shows them: opened where the key exists, "[erased]" where not. */
export function readPersonal(row: AuditRow, keys: (owners: DataKeyOwner[]) => Buffer | null): { summary: string; changes: FieldChange[] } {
  const owners = ownersOf({ entityType: row.entity_type, entityId: row.entity_id, incidentId: row.incident_id });
  const key = () => (owners.length === 0 ? null : keys(owners));
  const open = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || !(SEALED in value)) return value;
    const text = openText(key(), String((value as Record<string, unknown>)[SEALED]));
    return text === null ? ERASED : JSON.parse(text);
  };
  const changes = (JSON.parse(row.changes) as FieldChange[]).map((c) => ({ field: c.field, before: open(c.before), after: open(c.after) }));
  if (row.sealed_summary === null) return { summary: row.summary, changes };
  const opened = openText(key(), row.sealed_summary);
  const values = opened === null ? [] : (JSON.parse(opened) as string[]);
  return { summary: row.summary.replace(PLACE, (_, n: string) => values[Number(n)] ?? ERASED), changes };
}
