// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmailPreview } from '../../shared/contract/emails';
import { AppError } from '../../shared/contract/result';

/**
 * The email store's reads and writes, with the contract client and the upload mocked. The store is loaded
 * by a path tsc does not follow: the test project is type-checked without the DOM library it uses.
 */
const call = vi.fn();
const uploadFile = vi.fn();
vi.mock('../../renderer/src/lib/api', () => ({ call }));
vi.mock('../../renderer/src/lib/uploadFile', () => ({ uploadFile }));

type Store = {
  getState(): {
    step: string;
    preview: EmailPreview | null;
    readError: { message: string } | null;
    evidence: { incidentId: string | null; items: unknown[] };
    messages: { items: { seq: number }[]; total: number; nextCursor: string | null };
    openDialog(options?: { file?: unknown }): void;
    read(file: unknown): Promise<void>;
    importEmail(target: unknown): Promise<unknown>;
    loadEvidence(incidentId: string): Promise<void>;
    loadMessages(incidentId: string, more?: boolean): Promise<void>;
  };
  setState(state: object): void;
};
let store: Store;
let initial: object;

beforeAll(async () => {
  const path = '../../renderer/src/stores/useEmailImportStore';
  const module = (await import(/* @vite-ignore */ path)) as { useEmailImportStore: Store; initialEmailState: object };
  store = module.useEmailImportStore;
  initial = module.initialEmailState;
});

beforeEach(() => {
  call.mockReset();
  uploadFile.mockReset();
  store.setState({ ...initial });
});

const file = (name: string) => ({ name });
const preview = (subject: string) => ({ fileName: `${subject}.eml`, sha256: subject, email: { subject } }) as unknown as EmailPreview;
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  return { promise: new Promise<T>((r) => (resolve = r)), resolve };
};

describe('reading an .eml', () => {
  it('uploads the file, then previews it by its handle', async () => {
    uploadFile.mockResolvedValue({ fileId: 'file-aaaaaaaaaaaaaaaa', name: 'a.eml', size: 10 });
    call.mockResolvedValue(preview('a'));
    await store.getState().read(file('a.eml'));
    expect(call).toHaveBeenCalledWith('emails:preview', { fileId: 'file-aaaaaaaaaaaaaaaa' });
    expect(store.getState().step).toBe('preview');
    expect(store.getState().preview?.email.subject).toBe('a');
  });

  it('keeps the later file when an earlier one is still being read', async () => {
    const slow = deferred<unknown>();
    uploadFile.mockResolvedValueOnce({ fileId: 'file-slowslowslowslow' }).mockResolvedValueOnce({ fileId: 'file-fastfastfastfast' });
    call.mockImplementation((_op: string, input: { fileId: string }) => (input.fileId === 'file-slowslowslowslow' ? slow.promise : Promise.resolve(preview('fast'))));
    const first = store.getState().read(file('slow.eml'));
    await store.getState().read(file('fast.eml'));
    slow.resolve(preview('slow'));
    await first;
    expect(store.getState().preview?.email.subject).toBe('fast');
  });

  it('shows the core’s refusal and records nothing', async () => {
    uploadFile.mockResolvedValue({ fileId: 'file-aaaaaaaaaaaaaaaa' });
    call.mockRejectedValue(new AppError('INVALID_INPUT', 'notes.eml is not an email'));
    await store.getState().read(file('notes.eml'));
    expect(store.getState().step).toBe('choose');
    expect(store.getState().readError?.message).toBe('notes.eml is not an email');
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('importing', () => {
  it('records the previewed file and re-reads the Email tab of the incident it went to', async () => {
    uploadFile.mockResolvedValue({ fileId: 'file-aaaaaaaaaaaaaaaa' });
    call.mockImplementation((op: string) => {
      if (op === 'emails:preview') return Promise.resolve(preview('a'));
      if (op === 'emails:import') return Promise.resolve({ incidentId: 'inc-1', reference: 'INC-2026-0001', created: false, partiesLinked: 2 });
      if (op === 'evidence:list') return Promise.resolve({ items: [{ id: 'e1' }, { id: 'e2' }] });
      return Promise.resolve({ items: [], total: 0, nextCursor: null });
    });
    await store.getState().loadEvidence('inc-1');
    await store.getState().read(file('a.eml'));
    const target = { type: 'existing', incidentId: 'inc-1' };
    await store.getState().importEmail(target);
    expect(call).toHaveBeenCalledWith('emails:import', { fileId: 'file-aaaaaaaaaaaaaaaa', target });
    await vi.waitFor(() => expect(store.getState().evidence.items).toHaveLength(2));
    expect(store.getState().step).toBe('preview');
  });

  it('lets a refusal reach the dialog, back at the preview', async () => {
    store.setState({ step: 'preview', file: { fileId: 'file-aaaaaaaaaaaaaaaa', name: 'a.eml', size: 1 } });
    call.mockRejectedValue(new AppError('CONFLICT', 'a.eml is already attached to INC-2026-0001'));
    await expect(store.getState().importEmail({ type: 'existing', incidentId: 'inc-1' })).rejects.toThrow('already attached');
    expect(store.getState().step).toBe('preview');
  });
});

describe('the messages of an incident', () => {
  it('reads a page at a time, the next from the cursor', async () => {
    call
      .mockResolvedValueOnce({ items: [{ seq: 1 }, { seq: 2 }], total: 3, nextCursor: 'c2' })
      .mockResolvedValueOnce({ items: [{ seq: 3 }], total: 3, nextCursor: null });
    await store.getState().loadMessages('inc-1');
    await store.getState().loadMessages('inc-1', true);
    expect(call).toHaveBeenLastCalledWith('messages:list', { incidentId: 'inc-1', cursor: 'c2', limit: 200 });
    expect(store.getState().messages.items.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(store.getState().messages.nextCursor).toBeNull();
  });
});
