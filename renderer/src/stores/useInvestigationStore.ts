import { create } from 'zustand';
import type { Action } from '../../../shared/contract/actions';
import type { Assessment } from '../../../shared/contract/assessments';
import type { AssessmentSuggestion } from '../../../shared/domain/assessmentSuggestion';
import type { ExternalNotification, RegulatorReport } from '../../../shared/contract/notifications';
import { AppError } from '../../../shared/contract/result';
import { call } from '../lib/api';
import type { ActionPatch, ExternalNotificationRequest, MarkNotifiedRequest, NewActionRequest, NewAssessmentRequest, RegulatorReportRequest } from '../lib/contractTypes';
import { toUiError, type UiError } from '../lib/errors';
import { sortActions } from '../features/actions/actionForm';
import { useIncidentStore } from './useIncidentStore';

type Loaded<T> = T & { status: 'idle' | 'loading' | 'ready' | 'error'; error: UiError | null };

type InvestigationState = {
  /** The incident whose assessments, notifications and actions are held here (the open one). */
  incidentId: string | null;
  assessments: Loaded<{ items: Assessment[] }>;
  notifications: Loaded<{ regulator: RegulatorReport[]; external: ExternalNotification[] }>;
  actions: Loaded<{ items: Action[] }>;
  /** A first assessment the core proposes from what an import recorded; null when it has none. */
  suggestion: AssessmentSuggestion | null;
  /** Set when an action edit was refused because someone else changed the action first. */
  hasActionConflict: boolean;

  /** Reads everything for an incident: the header's clocks and the tab labels need it on any tab. */
  open: (incidentId: string) => Promise<void>;
  loadAssessments: () => Promise<void>;
  loadNotifications: () => Promise<void>;
  loadActions: () => Promise<void>;
  loadSuggestion: () => Promise<void>;
  /** Each of these throws AppError (with field issues) for the form that called it to show. */
  addAssessment: (request: NewAssessmentRequest) => Promise<Assessment>;
  recordRegulator: (request: RegulatorReportRequest) => Promise<RegulatorReport>;
  recordExternal: (request: ExternalNotificationRequest) => Promise<ExternalNotification>;
  markNotified: (request: MarkNotifiedRequest) => Promise<number>;
  addAction: (request: NewActionRequest) => Promise<Action>;
  updateAction: (id: string, version: number, patch: ActionPatch) => Promise<Action>;
};

export const initialInvestigationState = {
  incidentId: null,
  assessments: { items: [], status: 'idle', error: null },
  notifications: { regulator: [], external: [], status: 'idle', error: null },
  actions: { items: [], status: 'idle', error: null },
  suggestion: null,
  hasActionConflict: false,
} satisfies Partial<InvestigationState>;

/** Reports and notifications read as a timeline: oldest first, as the core lists them. */
const byTime = <T>(items: T[], at: (item: T) => number) => [...items].sort((a, b) => at(a) - at(b));

export const useInvestigationStore = create<InvestigationState>()((set, get) => {
  const currentId = () => {
    const { incidentId } = get();
    if (incidentId === null) throw new AppError('NOT_FOUND', 'No incident is open. Open one from the register.');
    return incidentId;
  };
  const stillOpen = (id: string) => get().incidentId === id;
  const incidentStore = () => useIncidentStore.getState();

  return {
    ...initialInvestigationState,

    open: async (incidentId) => {
      set({ ...initialInvestigationState, incidentId });
      await Promise.all([get().loadAssessments(), get().loadNotifications(), get().loadActions(), get().loadSuggestion()]);
    },

    loadSuggestion: async () => {
      const id = currentId();
      // A suggestion is a courtesy: without one the officer assesses from scratch, so a failure shows nothing.
      const suggestion = await call('assessments:suggest', { incidentId: id }).catch(() => null);
      if (stillOpen(id)) set({ suggestion });
    },

    loadAssessments: async () => {
      const id = currentId();
      set((s) => ({ assessments: { ...s.assessments, status: 'loading', error: null } }));
      try {
        const { items } = await call('assessments:list', { incidentId: id });
        if (stillOpen(id)) set({ assessments: { items, status: 'ready', error: null } });
      } catch (e) {
        if (stillOpen(id)) set((s) => ({ assessments: { ...s.assessments, status: 'error', error: toUiError(e) } }));
      }
    },

    loadNotifications: async () => {
      const id = currentId();
      set((s) => ({ notifications: { ...s.notifications, status: 'loading', error: null } }));
      try {
        const { regulator, external } = await call('notifications:list', { incidentId: id });
        if (stillOpen(id)) set({ notifications: { regulator, external, status: 'ready', error: null } });
      } catch (e) {
        if (stillOpen(id)) set((s) => ({ notifications: { ...s.notifications, status: 'error', error: toUiError(e) } }));
      }
    },

    loadActions: async () => {
      const id = currentId();
      set((s) => ({ actions: { ...s.actions, status: 'loading', error: null } }));
      try {
        const { items } = await call('actions:list', { incidentId: id });
        if (stillOpen(id)) set({ actions: { items: sortActions(items), status: 'ready', error: null }, hasActionConflict: false });
      } catch (e) {
        if (stillOpen(id)) set((s) => ({ actions: { ...s.actions, status: 'error', error: toUiError(e) } }));
      }
    },

    addAssessment: async (request) => {
      const id = currentId();
      const assessment = await call('assessments:add', { incidentId: id, ...request });
      if (stillOpen(id)) {
        set((s) => ({ assessments: { ...s.assessments, items: [assessment, ...s.assessments.items] } }));
        // The incident carries the latest band (the register shows it), so it changed too.
        await incidentStore().reload();
      }
      return assessment;
    },

    recordRegulator: async (request) => {
      const id = currentId();
      const version = incidentStore().incident?.version;
      if (version === undefined) throw new AppError('NOT_FOUND', 'No incident is open. Open one from the register.');
      try {
        const { incident, report } = await call('notifications:recordRegulator', { incidentId: id, version, ...request });
        if (stillOpen(id)) {
          incidentStore().replaceIncident(incident);
          set((s) => ({ notifications: { ...s.notifications, regulator: byTime([...s.notifications.regulator, report], (r) => r.submittedAt) } }));
        }
        return report;
      } catch (e) {
        if (e instanceof AppError && e.code === 'CONFLICT') incidentStore().markConflict();
        throw e;
      }
    },

    recordExternal: async (request) => {
      const id = currentId();
      const notification = await call('notifications:recordExternal', { incidentId: id, ...request });
      if (stillOpen(id)) {
        set((s) => ({ notifications: { ...s.notifications, external: byTime([...s.notifications.external, notification], (n) => n.notifiedAt) } }));
      }
      return notification;
    },

    markNotified: async (request) => {
      const id = currentId();
      const { updated } = await call('involvements:markNotified', { incidentId: id, ...request });
      if (stillOpen(id)) await Promise.all([incidentStore().reload(), incidentStore().loadParties()]);
      return updated;
    },

    addAction: async (request) => {
      const id = currentId();
      const action = await call('actions:add', { incidentId: id, ...request });
      if (stillOpen(id)) set((s) => ({ actions: { ...s.actions, items: sortActions([...s.actions.items, action]) } }));
      return action;
    },

    updateAction: async (actionId, version, patch) => {
      const id = currentId();
      try {
        const action = await call('actions:update', { id: actionId, version, patch });
        if (stillOpen(id)) {
          set((s) => ({
            actions: { ...s.actions, items: sortActions(s.actions.items.map((a) => (a.id === action.id ? action : a))) },
            hasActionConflict: false,
          }));
        }
        return action;
      } catch (e) {
        if (e instanceof AppError && e.code === 'CONFLICT' && stillOpen(id)) set({ hasActionConflict: true });
        throw e;
      }
    },
  };
});

/** The newest assessment, or null before the first. */
export const selectLatestAssessment = (s: InvestigationState): Assessment | null => s.assessments.items[0] ?? null;
