import { z } from 'zod';
import { RetentionPeriodSchema, type RetentionSchedule } from '../../../shared/contract/retention';
import { DEFAULT_RETENTION_PERIODS, periodInWords, RETENTION_OUTCOME_LABELS, type RetentionPeriods } from '../../../shared/domain/retentionSchedule';
import { OUTCOMES } from '../../../shared/domain/vocabulary';
import { stampNow } from '../actor';
import { appendAudit } from '../audit/auditLog';
import type { CoreContext } from '../context';
import type { Db } from '../db/openDatabase';
import { readSetting, writeSetting } from '../settings/settingsRepository';

const StoredScheduleSchema = z.object({
  periods: z.object(Object.fromEntries(OUTCOMES.map((o) => [o, RetentionPeriodSchema])) as Record<(typeof OUTCOMES)[number], typeof RetentionPeriodSchema>),
  confirmedAt: z.number().int().nullable(),
  confirmedBy: z.string(),
});

/** Until an administrator confirms it, the schedule is the default and says so (confirmedAt null). */
const UNCONFIRMED: RetentionSchedule = { periods: DEFAULT_RETENTION_PERIODS, confirmedAt: null, confirmedBy: '' };

/** The retention schedule, kept in `settings` under 'retention'. */
export function readSchedule(db: Db): RetentionSchedule {
  return readSetting(db, 'retention', StoredScheduleSchema, UNCONFIRMED);
}

/** Confirms or changes the schedule; audited even when only confirmed, because confirming the default is a decision too. */
export function setSchedule(ctx: CoreContext, periods: RetentionPeriods): RetentionSchedule {
  const { actor, at } = stampNow(ctx);
  return ctx.db
    .transaction(() => {
      const before = readSchedule(ctx.db);
      const schedule: RetentionSchedule = { periods, confirmedAt: at, confirmedBy: actor };
      writeSetting(ctx.db, 'retention', schedule);
      const changes = OUTCOMES.filter((o) => before.confirmedAt === null || periodInWords(before.periods[o]) !== periodInWords(periods[o])).map((o) => ({
        field: `retention.${o}`,
        before: before.confirmedAt === null ? null : periodInWords(before.periods[o]),
        after: periodInWords(periods[o]),
      }));
      appendAudit(ctx, actor, at, [
        {
          action: 'settings.retention_changed',
          entityType: 'settings',
          entityId: 'retention',
          incidentId: null,
          summary: `Retention schedule ${before.confirmedAt === null ? 'confirmed' : 'changed'}: ${OUTCOMES.map((o) => `${RETENTION_OUTCOME_LABELS[o].toLowerCase()} ${periodInWords(periods[o])}`).join(', ')} after closure`,
          changes,
        },
      ]);
      return schedule;
    })
    .immediate();
}
