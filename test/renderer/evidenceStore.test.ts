// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/contract/result';

/**
 * The evidence store's reads and writes, with the contract client and the upload mocked. The store is
 * loaded by a path tsc does not follow: the test project is type-checked without the DOM library it uses.
 */
const call = vi.fn();
const uploadFile = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));
vi.mock('../../renderer/src/lib/uploadFile', () => ({ uploadFile }));

type Store = {
  getState(): {
    incidentId: string | null;
    items: { id: string }[];
    totalBytes: number;
    load(incidentId: string): Promise<void>;
    attach(incidentId: string, file: unknown, description: string): Promise<unknown>;
    remove(evidenceId: string, reason: string): Promise<void>;
  };
  setState(state: object): void;
};
let store: Store;
let initial: object;

beforeAll(async () => {
  const path = '../../renderer/src/stores/useEvidenceStore';
  const module = (await import(/* @vite-ignore */ path)) as { useEvidenceStore: Store; initialEvidenceState: object };
  store = module.useEvidenceStore;
  initial = module.initialEvidenceState;
});

beforeEach(() => {
  call.mockReset();
  uploadFile.mockReset();
  store.setState({ ...initial });
});

const listed = (ids: string[], totalBytes = 0) => ({ items: ids.map((id) => ({ id })), removed: [], totalBytes });

describe('the evidence store', () => {
  it('uploads, attaches by handle with the description, then re-reads the incident’s evidence', async () => {
    uploadFile.mockResolvedValue({ fileId: 'file-aaaaaaaaaaaaaaaa', name: 'a.png', size: 10 });
    call.mockImplementation((op: string) => Promise.resolve(op === 'evidence:list' ? listed(['e1'], 10) : { id: 'e1' }));
    await store.getState().load('inc-1');
    await store.getState().attach('inc-1', { name: 'a.png' }, 'Photo of the papers');
    expect(call).toHaveBeenCalledWith('evidence:add', { incidentId: 'inc-1', fileId: 'file-aaaaaaaaaaaaaaaa', description: 'Photo of the papers' });
    expect(store.getState().items).toEqual([{ id: 'e1' }]);
    expect(store.getState().totalBytes).toBe(10);
  });

  it('throws the core’s refusal of an attachment for the form to show, keeping the list', async () => {
    uploadFile.mockResolvedValue({ fileId: 'file-aaaaaaaaaaaaaaaa', name: 'a.png', size: 10 });
    call.mockImplementation((op: string) =>
      op === 'evidence:list' ? Promise.resolve(listed(['e1'])) : Promise.reject(new AppError('CONFLICT', 'INC-2026-0001 already keeps this file')),
    );
    await store.getState().load('inc-1');
    await expect(store.getState().attach('inc-1', { name: 'a.png' }, '')).rejects.toThrow('already keeps this file');
    expect(store.getState().items).toEqual([{ id: 'e1' }]);
  });

  it('drops a list that arrives after the officer moved to another incident', async () => {
    let answer!: (value: unknown) => void;
    call.mockImplementationOnce(() => new Promise((r) => (answer = r))).mockResolvedValueOnce(listed(['e2']));
    const first = store.getState().load('inc-1');
    await store.getState().load('inc-2');
    answer(listed(['e1']));
    await first;
    expect(store.getState().incidentId).toBe('inc-2');
    expect(store.getState().items).toEqual([{ id: 'e2' }]);
  });

  it('removes with the reason and re-reads the list', async () => {
    call.mockImplementation((op: string) => Promise.resolve(op === 'evidence:list' ? listed([]) : { evidenceId: 'e1', bytesErased: true }));
    store.setState({ incidentId: 'inc-1' });
    await store.getState().remove('e1', 'Wrong incident');
    expect(call).toHaveBeenCalledWith('evidence:remove', { evidenceId: 'e1', reason: 'Wrong incident' });
    expect(call).toHaveBeenLastCalledWith('evidence:list', { incidentId: 'inc-1' });
  });
});
