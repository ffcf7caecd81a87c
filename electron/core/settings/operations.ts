import type { settingsContract } from '../../../shared/contract/settings';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../operations';
import { getOrganisation, updateOrganisation } from './organisation';
import { getClockSettings, updateClockSettings } from './settingsService';

export function settingsOperations(ctx: CoreContext): HandlersOf<keyof typeof settingsContract> {
  return {
    'settings:get': () => getClockSettings(ctx),
    'settings:update': (i) => updateClockSettings(ctx, i),
    'organisation:get': () => getOrganisation(ctx),
    'organisation:update': (i) => updateOrganisation(ctx, i),
  };
}
