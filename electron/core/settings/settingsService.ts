import { DEFAULT_INTERNAL_REPORT_HOURS } from '../../../shared/domain/clocks';
import { ClockSettingsSchema, type ClockSettings } from '../../../shared/contract/settings';
import { stampNow } from '../actor';
import { appendAudit, diffFields } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { readSetting, writeSetting } from './settingsRepository';

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = { internalReportHours: DEFAULT_INTERNAL_REPORT_HOURS };

/**
 * The organisation's clock settings, kept as data in `settings` under the key 'clocks' (hours an
 * organisation configures are not CHECKs: ARCHITECTURE.md). Defaults apply until someone changes them;
 * a stored value that no longer parses falls back to them rather than breaking the clocks.
 */
export function readClockSettings(db: Db): ClockSettings {
  return readSetting(db, 'clocks', ClockSettingsSchema, DEFAULT_CLOCK_SETTINGS);
}

export function getClockSettings(ctx: CoreContext): ClockSettings {
  return readClockSettings(ctx.db);
}

/** Changes the clock settings, audited. */
export function updateClockSettings(ctx: CoreContext, settings: ClockSettings): ClockSettings {
  const { actor, at } = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const before = readClockSettings(ctx.db);
      const changes = diffFields(before, settings);
      if (changes.length === 0) return before;
      writeSetting(ctx.db, 'clocks', settings);
      appendAudit(ctx, actor, at, [
        {
          action: 'settings.clocks_changed',
          entityType: 'settings',
          entityId: 'clocks',
          incidentId: null,
          summary: `Internal report to the departmental security officer due within ${settings.internalReportHours} h of awareness`,
          changes,
        },
      ]);
      return settings;
    })
    .immediate();
}
