import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/contract/result';

/** The accounts store with the core mocked (loaded by a path tsc does not follow: no DOM library). */
const call = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));

type Account = { name: string; role: string };
type Store = {
  setState(state: Record<string, unknown>): void;
  getState(): {
    accounts: Account[];
    status: string;
    error: { code: string } | null;
    load(): Promise<void>;
    create(input: { name: string; role: string; businessUnit: string; password: string }): Promise<Account>;
    remove(name: string): Promise<unknown>;
    rotateKey(): Promise<boolean>;
  };
};
let store: Store;
let initial: Record<string, unknown>;
beforeAll(async () => {
  const path = '../../renderer/src/stores/useAccountsStore';
  const module = (await import(/* @vite-ignore */ path)) as { useAccountsStore: Store; initialAccountsState: Record<string, unknown> };
  store = module.useAccountsStore;
  initial = module.initialAccountsState;
});

const ALEX = { name: 'Alex Morgan', role: 'administrator' };
const JORDAN = { name: 'Jordan Lee', role: 'reviewer' };

describe('the accounts store', () => {
  beforeEach(() => {
    store.setState(initial);
    call.mockReset();
  });

  it('lists the accounts again after creating one, and keeps no password', async () => {
    call.mockImplementation((operation: string) => Promise.resolve(operation === 'accounts:create' ? JORDAN : { items: [ALEX, JORDAN] }));
    await store.getState().create({ name: 'Jordan Lee', role: 'reviewer', businessUnit: '', password: 'quiet lantern orchard 1987' });
    expect(call.mock.calls.map((c) => c[0])).toEqual(['accounts:create', 'accounts:list']);
    expect(store.getState().accounts).toEqual([ALEX, JORDAN]);
    expect(JSON.stringify(store.getState())).not.toContain('quiet lantern');
  });

  it('drops a removed account, and a refused removal leaves the list as it was', async () => {
    store.setState({ accounts: [ALEX, JORDAN], status: 'ready' });
    call.mockRejectedValueOnce(new AppError('FORBIDDEN', 'Your account (officer) may not do this.'));
    await expect(store.getState().remove('Jordan Lee')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(store.getState().accounts).toEqual([ALEX, JORDAN]);
    const removed = { removed: true, rekeyPending: false, openWork: { incidents: 1, actions: 0 } };
    call.mockResolvedValueOnce(removed);
    expect(await store.getState().remove('Jordan Lee')).toEqual(removed);
    expect(store.getState().accounts).toEqual([ALEX]);
  });

  it('re-reads the accounts after a key rotation, which keeps every account', async () => {
    store.setState({ accounts: [ALEX, JORDAN], status: 'ready' });
    call.mockImplementation((operation: string) =>
      Promise.resolve(operation === 'security:rotateKey' ? { rotatedAt: 1, rekeyPending: false } : { items: [ALEX, JORDAN] }),
    );
    expect(await store.getState().rotateKey()).toBe(false);
    expect(store.getState().accounts).toEqual([ALEX, JORDAN]);
  });

  it('shows why the list could not be read', async () => {
    call.mockRejectedValue(new AppError('LOCKED', 'Casebook is locked. Log in to continue.'));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'LOCKED' } });
  });
});
