// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/contract/result';

/**
 * The session's store with the core mocked: what the lock forgets, how a refused login re-reads the
 * back-off, and that no password stays in any state. Loaded by paths tsc does not follow (no DOM library).
 */
const call = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));

type Store = { getState(): Record<string, unknown>; setState(state: Record<string, unknown>): void };
type AuthStore = {
  getState(): {
    auth: { state: string; account: unknown; idleLockMinutes: number; retryAfterMs: number } | null;
    phase: string;
    unseenFailedLogins: unknown[];
    load(): Promise<void>;
    login(input: { name: string; password: string }): Promise<void>;
    lock(): Promise<void>;
    lockedByCore(): void;
    updateSecurity(input: { idleLockMinutes: number; backupReminderDays: number }): Promise<unknown>;
  };
  setState(state: Record<string, unknown>): void;
};

let auth: AuthStore;
let initialAuth: Record<string, unknown>;
let incidents: Store;
let initialIncidents: Record<string, unknown>;
let ui: Store;
let everyStore: () => string;
let holdWaitingSave: (flush: () => Promise<unknown> | null) => () => void;

beforeAll(async () => {
  const load = (name: string) => import(/* @vite-ignore */ `../../renderer/src/stores/${name}`) as Promise<Record<string, unknown>>;
  const authModule = await load('useAuthStore');
  auth = authModule.useAuthStore as AuthStore;
  initialAuth = authModule.initialAuthState as Record<string, unknown>;
  const incidentsModule = await load('useIncidentsStore');
  incidents = incidentsModule.useIncidentsStore as Store;
  initialIncidents = incidentsModule.initialIncidentsState as Record<string, unknown>;
  ui = (await load('useUiStore')).useUiStore as Store;
  const lib = (name: string) => import(/* @vite-ignore */ `../../renderer/src/lib/${name}`) as Promise<Record<string, unknown>>;
  holdWaitingSave = (await lib('waitingDraftSaves')).holdWaitingSave as typeof holdWaitingSave;
  const names = ['useAuthStore', 'useIncidentsStore', 'useIncidentStore', 'useSessionStore', 'useUiStore', 'useAccountsStore'];
  const stores = await Promise.all(names.map(async (n) => Object.values(await load(n)).find((v) => typeof v === 'function' && 'getState' in v) as unknown as Store));
  everyStore = () => JSON.stringify(stores.map((s) => s.getState()));
});

const ACCOUNT = { name: 'Alex Morgan', role: 'administrator', businessUnit: 'DSO', createdAt: 1, lastLoginAt: 2 };
const status = (state: string, extra: Record<string, unknown> = {}) => ({
  state,
  account: state === 'unlocked' ? ACCOUNT : null,
  failedLogins: [],
  copiesEncrypted: [],
  retryAfterMs: 0,
  idleLockMinutes: 10,
  backupOverdue: null,
  ...extra,
});

describe('the session store', () => {
  beforeEach(() => {
    call.mockReset();
    auth.setState(initialAuth);
    auth.setState({ auth: status('unlocked'), phase: 'ready' });
  });

  it('forgets every store on lock, before the core has even answered', async () => {
    incidents.setState({ rows: [{ id: 'a', title: 'Kabul embassy documents' }], total: 1 });
    ui.setState({ route: { page: 'incident', reference: 'INC-2026-0001', tab: 'details' } });
    let answer: (value: unknown) => void = () => undefined;
    call.mockImplementation(() => new Promise((resolve) => (answer = resolve)));

    const locking = auth.getState().lock();
    expect(incidents.getState()).toMatchObject(initialIncidents);
    expect(ui.getState().route).toEqual({ page: 'dashboard' });
    expect(auth.getState().auth?.state).toBe('locked');
    expect(auth.getState().auth?.account).toBeNull();
    expect(everyStore()).not.toContain('Kabul');

    answer(status('locked'));
    await locking;
    expect(call).toHaveBeenCalledWith('auth:lock', {});
  });

  it('sends a draft waiting for its debounce before the lock, clearing the screen without waiting for it', async () => {
    incidents.setState({ rows: [{ id: 'a', title: 'Kabul embassy documents' }], total: 1 });
    let landed: (value: unknown) => void = () => undefined;
    call.mockImplementation((operation: string) => (operation === 'drafts:save' ? new Promise((resolve) => (landed = resolve)) : Promise.resolve(status('locked'))));
    const release = holdWaitingSave(() => call('drafts:save', { kind: 'note', incidentId: 'a', values: { body: 'Half a note' } }));

    const locking = auth.getState().lock();
    expect(everyStore()).not.toContain('Kabul');
    expect(call.mock.calls.map(([operation]) => operation)).toEqual(['drafts:save']);
    landed({ updatedAt: 1 });
    await locking;
    expect(call.mock.calls.map(([operation]) => operation)).toEqual(['drafts:save', 'auth:lock']);
    release();
  });

  it('forgets every store when the core locks on its own, then reads the status', async () => {
    incidents.setState({ rows: [{ id: 'a', title: 'Kabul embassy documents' }], total: 1 });
    call.mockResolvedValue(status('locked'));
    auth.getState().lockedByCore();
    expect(everyStore()).not.toContain('Kabul');
    await vi.waitFor(() => expect(call).toHaveBeenCalledWith('auth:status', {}));
  });

  it('re-reads the back-off after a refused login, rethrows the refusal and keeps no password', async () => {
    auth.setState({ auth: status('locked') });
    call.mockImplementation((operation: string) =>
      operation === 'auth:login'
        ? Promise.reject(new AppError('FORBIDDEN', 'That account name and password do not match.'))
        : Promise.resolve(status('locked', { retryAfterMs: 4000 })),
    );
    await expect(auth.getState().login({ name: 'Alex Morgan', password: 'wrong horse battery' })).rejects.toThrow('do not match');
    expect(auth.getState().auth?.retryAfterMs).toBe(4000);
    expect(everyStore()).not.toContain('wrong horse battery');
  });

  it('keeps the failed attempts of a successful login to show once', async () => {
    auth.setState({ auth: status('locked') });
    const failedLogins = [{ at: 1_795_000_000_000, account: 'alex' }];
    call.mockResolvedValue(status('unlocked', { failedLogins }));
    await auth.getState().login({ name: 'Alex Morgan', password: 'correct horse battery staple' });
    expect(auth.getState().unseenFailedLogins).toEqual(failedLogins);
    expect(everyStore()).not.toContain('correct horse battery staple');
  });

  it('opens a register without a vault as its core does: an administrator, no login', async () => {
    call.mockRejectedValue(new AppError('NOT_FOUND', 'auth:status is answered by Casebook’s vault'));
    await auth.getState().load();
    expect(auth.getState()).toMatchObject({ phase: 'ready', auth: { state: 'unlocked', account: null } });
  });

  it('applies a new idle time to the running session at once', async () => {
    call.mockResolvedValue({ idleLockMinutes: 1, backupReminderDays: 7 });
    await auth.getState().updateSecurity({ idleLockMinutes: 1, backupReminderDays: 7 });
    expect(auth.getState().auth?.idleLockMinutes).toBe(1);
  });
});
