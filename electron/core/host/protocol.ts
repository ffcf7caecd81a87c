import type { AuthStatus } from '../../../shared/contract/auth';
import type { CoreEvent } from '../../../shared/contract/events';
import type { FileRef } from '../../../shared/contract/files';
import type { CasebookError, Result } from '../../../shared/contract/result';
import type { Integrity } from '../vault/integrity';
import type { LockReason, VaultOptions } from '../vault/vault';

/** What the worker opens the vault with: the vault's options that can cross a message port (no clock, no logger). */
export type CoreWorkerOptions = Omit<VaultOptions, 'now' | 'log'>;

/** What each kind of host request carries. */
export type HostRequestBodies = {
  call: { operation: string; input: unknown };
  /** Uploaded bytes, transferred (not copied) to the worker. */
  putBytes: { name: string; bytes: Uint8Array };
  putPath: { path: string; name: string };
  putFolder: { path: string };
  release: { fileId: string };
  lock: { reason: LockReason };
  state: Record<string, never>;
  integrity: Record<string, never>;
  close: Record<string, never>;
};

export type HostRequestKind = keyof HostRequestBodies;

/** A host's request to the core's worker; each is answered once, by id, with a Result. */
export type HostRequest = { [K in HostRequestKind]: { id: number; kind: K } & HostRequestBodies[K] }[HostRequestKind];

/** What each request kind answers with, when it succeeds. */
export type HostAnswers = {
  call: unknown;
  putBytes: FileRef;
  putPath: FileRef;
  putFolder: { folderId: string; name: string };
  release: null;
  lock: null;
  state: AuthStatus;
  integrity: Integrity;
  close: null;
};

/** What the worker sends: answers, the core's events, and whether the vault opened. */
export type WorkerMessage =
  { kind: 'reply'; id: number; result: Result<unknown> } | { kind: 'event'; event: CoreEvent } | { kind: 'ready' } | { kind: 'failed'; error: CasebookError };
