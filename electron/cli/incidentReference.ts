import type { Result } from '../../shared/contract/result';
import type { CoreClient } from '../core/host/coreClient';

/** The incident's id from its reference (INC-2026-0001), found through the register's search; NOT_FOUND when there is none. */
export async function incidentByReference(core: CoreClient, reference: string): Promise<Result<string>> {
  const wanted = reference.trim().toUpperCase();
  const found = await core.callAsync('incidents:list', { filter: { text: wanted }, limit: 500 });
  if (!found.ok) return found;
  const incident = found.value.items.find((i) => i.reference === wanted);
  return incident ? { ok: true, value: incident.id } : { ok: false, error: { code: 'NOT_FOUND', message: `There is no incident ${reference}.` } };
}
