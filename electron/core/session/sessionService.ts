import { OfficerSchema, type Officer, type Session } from '../../../shared/contract/session';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import { schemaVersion } from '../db/migrate';
import { readSetting, writeSetting } from '../settings/settingsRepository';

function readOfficer(ctx: CoreContext): Officer | null {
  return readSetting(ctx.db, 'officer', OfficerSchema.nullable(), null);
}

export function getSession(ctx: CoreContext): Session {
  const counts = ctx.db
    .prepare<[], { total: number; demo: number }>('SELECT (SELECT count(*) FROM incidents) AS total, (SELECT count(*) FROM incidents WHERE is_demo = 1) AS demo')
    .get()!;
  return { officer: readOfficer(ctx), incidentCount: counts.total, demoIncidentCount: counts.demo, schemaVersion: schemaVersion(ctx.db) };
}

/**
 * Records who uses this register (the vault names the first administrator at setup). The entry is
 * attributed to the officer being named: there is nobody else to attribute it to yet.
 */
export function setOfficer(ctx: CoreContext, officer: Officer): Officer {
  return ctx.db
    .transaction(() => {
      const before = readOfficer(ctx);
      writeSetting(ctx.db, 'officer', officer);
      const changes = diffFields(before ?? {}, officer);
      if (changes.length > 0) {
        appendAudit(ctx, officer.name, ctx.now(), [
          { action: 'settings.officer_set', entityType: 'settings', entityId: 'officer', incidentId: null, summary: `Officer set to ${officer.name}`, changes },
        ]);
      }
      return officer;
    })
    .immediate();
}
