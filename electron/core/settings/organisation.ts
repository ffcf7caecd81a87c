import { OrganisationSchema, type Organisation } from '../../../shared/contract/settings';
import { stampNow } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { readSetting, writeSetting } from './settingsRepository';

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
  return readSetting(db, 'organisation', OrganisationSchema, DEFAULT_ORGANISATION);
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
      writeSetting(ctx.db, 'organisation', organisation);
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
