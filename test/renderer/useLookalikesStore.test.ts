import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** The block list's store with the core mocked (loaded by a path tsc does not follow, as the DOM-free test project requires). */
const call = vi.fn();
const saveGeneratedFile = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));
vi.mock('../../renderer/src/lib/saveFile', () => ({ saveGeneratedFile }));

type Store = {
  setState(state: Record<string, unknown>): void;
  getState(): {
    sources: string[];
    items: unknown[];
    status: string;
    configured: string[] | null;
    setDomains(domains: string[]): void;
    loadConfigured(): Promise<void>;
    generate(): Promise<void>;
    exportList(format: 'list' | 'csv' | 'postfix'): Promise<unknown>;
  };
};
let store: Store;
let initial: Record<string, unknown>;
beforeAll(async () => {
  const path = '../../renderer/src/stores/useLookalikesStore';
  const module = (await import(/* @vite-ignore */ path)) as { useLookalikesStore: Store; initialLookalikesState: Record<string, unknown> };
  store = module.useLookalikesStore;
  initial = module.initialLookalikesState;
});

const FILE = { fileName: 'casebook-lookalikes-2026-11-27.map', mimeType: 'text/plain', base64: '' };

describe('the block list store', () => {
  beforeEach(() => {
    store.setState(initial);
    call.mockReset();
    saveGeneratedFile.mockReset();
  });

  it('names the configured internal and partner domains once each', async () => {
    call.mockResolvedValue({ internal: ['mod.gov.uk'], partners: ['army.mil', 'mod.gov.uk'], suggested: { internal: [], partners: [] } });
    await store.getState().loadConfigured();
    expect(store.getState().configured).toEqual(['mod.gov.uk', 'army.mil']);
  });

  it('exports the list on screen, not domains typed since it was generated', async () => {
    call.mockResolvedValueOnce({ sources: ['army.mil'], items: [{ domain: 'army.ml' }] });
    store.getState().setDomains(['army.mil']);
    await store.getState().generate();
    expect(call).toHaveBeenLastCalledWith('lookalikes:generate', { domains: ['army.mil'] });
    expect(store.getState().status).toBe('ready');

    store.getState().setDomains(['navy.mil']);
    call.mockResolvedValueOnce(FILE);
    saveGeneratedFile.mockResolvedValue({ saved: true, fileName: FILE.fileName, path: null });
    expect(await store.getState().exportList('postfix')).toEqual({ saved: true, fileName: FILE.fileName, path: null });
    expect(call).toHaveBeenLastCalledWith('lookalikes:export', { domains: ['army.mil'], format: 'postfix' });
    expect(saveGeneratedFile).toHaveBeenCalledWith(FILE);
  });

  it('turns a failed export into a message rather than a thrown error', async () => {
    call.mockRejectedValue(new Error('boom'));
    expect(await store.getState().exportList('csv')).toEqual({ saved: false, cancelled: false, message: expect.stringMatching(/went wrong/) });
  });
});
