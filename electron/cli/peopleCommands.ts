import { basename, isAbsolute, resolve } from 'node:path';
import { PartyRoleSchema } from '../../shared/contract/parties';
import { BATCH_NOTIFICATION_STATUSES, PeopleMappingSchema } from '../../shared/contract/peopleImport';
import type { Result } from '../../shared/contract/result';
import { DATA_CATEGORIES, PARTY_ROLES, type DataCategory } from '../../shared/domain/vocabulary';
import type { CoreClient } from '../core/host/coreClient';
import { UsageError } from './args';
import { incidentByReference } from './incidentReference';

type Options = Record<string, string | true>;
const text = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);

function listOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T[] {
  if (value === undefined) return [];
  const items = value.split(',').map((v) => v.trim());
  const wrong = items.find((v) => !(allowed as readonly string[]).includes(v));
  if (wrong !== undefined) throw new UsageError(`--${option}: "${wrong}" is not one of ${allowed.join(', ')}`);
  return items as T[];
}

function mappingOf(value: string | undefined) {
  if (value === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new UsageError('--mapping must be JSON naming the columns, e.g. {"name":"Full name","email":"Email"}');
  }
  const parsed = PeopleMappingSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`--mapping needs at least the name column (${parsed.error.issues[0]?.path.join('.') || 'mapping'})`);
  return parsed.data;
}

/**
 * `import-people --incident REF FILE [--role R] [--categories a,b] [--status S] [--sheet NAME] [--mapping JSON]
 * [--skip-problem-rows]`: the people of a CSV or XLSX linked to the incident, through the same preview and
 * import as the app. The names come from the file, never the command line. Prints what the preview found
 * (hidden sheets, rows and columns; rows with problems; matches) beside what was imported.
 */
export async function runImportPeople(core: CoreClient, files: string[], options: Options, base: string): Promise<Result<unknown>> {
  if (files.length !== 1) throw new UsageError('Name exactly one .csv or .xlsx file');
  const reference = text(options.incident);
  if (reference === undefined) throw new UsageError('Say which incident with --incident REF');
  const role = text(options.role) ?? 'data_subject';
  if (!PartyRoleSchema.safeParse(role).success) throw new UsageError(`--role must be one of ${PARTY_ROLES.join(', ')}`);
  const dataCategories: DataCategory[] = listOf(text(options.categories), DATA_CATEGORIES, 'categories');
  const status = text(options.status) ?? 'undecided';
  if (!(BATCH_NOTIFICATION_STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be one of ${BATCH_NOTIFICATION_STATUSES.join(', ')}`);
  const mapping = mappingOf(text(options.mapping));
  const sheet = text(options.sheet);
  const target = await incidentByReference(core, reference);
  if (!target.ok) return target;
  const path = isAbsolute(files[0]!) ? files[0]! : resolve(base, files[0]!);
  const file = await core.files.putPath(path, basename(path));
  if (!file.ok) return file;
  const { fileId } = file.value;
  try {
    const choice = { fileId, incidentId: target.value, ...(sheet ? { sheet } : {}), ...(mapping ? { mapping } : {}) };
    const preview = await core.callAsync('parties:importPreview', choice);
    if (!preview.ok) return preview;
    const { counts, hiddenNotes, mapping: used } = preview.value;
    const imported = await core.callAsync('parties:import', {
      ...choice,
      role: role as (typeof PARTY_ROLES)[number],
      dataCategories,
      notificationStatus: status as (typeof BATCH_NOTIFICATION_STATUSES)[number],
      skipRowsWithProblems: options['skip-problem-rows'] === true,
    });
    if (!imported.ok) return imported;
    return { ok: true, value: { ...imported.value, mapping: used, counts, hiddenNotes } };
  } finally {
    await core.files.release(fileId);
  }
}
