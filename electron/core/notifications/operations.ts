import type { notificationContract } from '../../../shared/contract/notifications';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { listNotifications, recordExternalNotification, recordRegulatorReport } from './notificationService';
import { markNotified } from './subjectNotifications';

export function notificationOperations(ctx: CoreContext): HandlersOf<keyof typeof notificationContract> {
  return {
    'notifications:list': (i) => listNotifications(ctx, i.incidentId),
    'notifications:recordRegulator': (i) => recordRegulatorReport(ctx, i),
    'notifications:recordExternal': (i) => recordExternalNotification(ctx, i),
    'involvements:markNotified': (i) => markNotified(ctx, i),
  };
}
