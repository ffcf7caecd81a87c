import { OrganisationSchema, type Organisation } from '../../../shared/domain/investigationSchemas';
import { stampNow } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';

export const DEFAULT_ORGANISATION: Organisation = {
  name: '',
  address: '',
  sector: '',
  icoRegistrationNumber: '',
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
};

/**
 * The organisation (controller) and its DPO, kept as JSON in `settings` under the key 'organisation'.
 * Blank until someone fills it in; a stored value that no longer parses reads as blank rather than
 * breaking the reports built from it.
 */
export function readOrganisation(db: Db): Organisation {
  const row = db.prepare<[], { value: string }>(`SELECT value FROM settings WHERE key = 'organisation'`).get();
  if (!row) return DEFAULT_ORGANISATION;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return DEFAULT_ORGANISATION;
  }
  const parsed = OrganisationSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_ORGANISATION;
}

export function getOrganisation(ctx: CoreContext): Organisation {
  return readOrganisation(ctx.db);
}

/** Changes the organisation's details, audited with the fields that changed; the same values change nothing. */
export function updateOrganisation(ctx: CoreContext, organisation: Organisation): Organisation {
  const { actor, at } = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const before = readOrganisation(ctx.db);
      const changes = diffFields(before, organisation);
      if (changes.length === 0) return before;
      ctx.db
        .prepare(`INSERT INTO settings (key, value) VALUES ('organisation', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
        .run(JSON.stringify(organisation));
      appendAudit(ctx, actor, at, [
        {
          action: 'settings.organisation_changed',
          entityType: 'settings',
          entityId: 'organisation',
          incidentId: null,
          summary: `Organisation details changed (${changes.map((c) => c.field).join(', ')})`,
          changes,
        },
      ]);
      return organisation;
    })
    .immediate();
}
