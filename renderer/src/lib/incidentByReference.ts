import { AppError } from '../../../shared/contract/result';
import { call } from './api';

/**
 * The id of the incident with this reference, found through the register's search (the reference is
 * indexed with the title). Only an exact match counts: a note that quotes the reference is not it.
 * Throws NOT_FOUND, in the officer's words, when no incident has it.
 */
export async function incidentIdByReference(reference: string): Promise<string> {
  const page = await call('incidents:list', {
    filter: { statuses: [], kinds: [], markings: [], text: reference },
    sort: { field: 'reference', direction: 'asc' },
    limit: 500,
  });
  const match = page.items.find((incident) => incident.reference === reference);
  if (!match) throw new AppError('NOT_FOUND', `There is no incident ${reference} in this register. Check the reference, or find the incident in the register.`);
  return match.id;
}
