import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { FileRef } from '../../../shared/contract/files';

/**
 * Files handed to the core (docs/architecture.md#jobs-events-and-file-handles): the shell or the harness registers uploaded bytes, or
 * the CLI a path the user named on the command line, and gets back an opaque handle. Operations take the
 * handle, never a path, so a compromised page cannot make the core read a file nobody chose.
 */
export type RegisteredFile = {
  name: string;
  size: number;
  /** The whole file (small files: an .eml). */
  readAll(): Buffer;
  /** At most the first `bytes` of the file, without reading the rest (a log's header and samples). */
  readHead(bytes: number): Buffer;
  /** The file in chunks, for streaming parses of large logs. */
  chunks(): AsyncIterable<Uint8Array>;
};

export type FileRegistry = {
  putBytes(name: string, bytes: Uint8Array): FileRef;
  putPath(path: string, name: string): FileRef;
  get(fileId: string): RegisteredFile;
  /** Forgets a handle (the harness and shell drop a file once it has been imported or abandoned). */
  release(fileId: string): void;
  /** Forgets every file and folder (on lock: uploaded emails and logs must not outlive the key). */
  clear(): void;
  /** A folder the officer chose (removable media for a backup, a backup to restore): its handle. */
  putFolder(path: string): { folderId: string; name: string };
  /** The path behind a folder handle; NOT_FOUND when it is unknown. */
  folder(folderId: string): string;
};

const CHUNK = 1024 * 1024;
/** Handles kept at once: each upload holds its bytes in memory until released or pushed out. */
const MAX_FILES = 32;

export function createFileRegistry(): FileRegistry {
  const files = new Map<string, RegisteredFile>();
  const folders = new Map<string, string>();

  function register(file: RegisteredFile): FileRef {
    requireUsableName(file.name);
    const fileId = `file-${randomBytes(18).toString('base64url')}`;
    files.set(fileId, file);
    if (files.size > MAX_FILES) files.delete(files.keys().next().value as string);
    return { fileId, name: file.name, size: file.size };
  }

  return {
    putBytes(name, bytes) {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return register({
        name,
        size: buffer.length,
        readAll: () => buffer,
        readHead: (bytes) => buffer.subarray(0, bytes),
        async *chunks() {
          for (let at = 0; at < buffer.length; at += CHUNK) yield buffer.subarray(at, at + CHUNK);
        },
      });
    },
    putPath(path, name) {
      const size = statSync(path).size;
      return register({
        name,
        size,
        readAll: () => readFileSync(path),
        readHead: (bytes) => readHead(path, Math.min(bytes, size)),
        chunks: () => createReadStream(path, { highWaterMark: CHUNK }),
      });
    },
    get(fileId) {
      const file = files.get(fileId);
      if (!file) throw new AppError('NOT_FOUND', 'That file is no longer open in Casebook. Choose it again.');
      return file;
    },
    release(fileId) {
      files.delete(fileId);
    },
    clear() {
      files.clear();
      folders.clear();
    },
    putFolder(path) {
      const folderId = `folder-${randomBytes(18).toString('base64url')}`;
      folders.set(folderId, path);
      if (folders.size > MAX_FILES) folders.delete(folders.keys().next().value as string);
      return { folderId, name: basename(path) };
    },
    folder(folderId) {
      const path = folders.get(folderId);
      if (path === undefined) throw new AppError('NOT_FOUND', 'That folder is no longer chosen in Casebook. Choose it again.');
      return path;
    },
  };
}

function readHead(path: string, length: number): Buffer {
  const head = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's name is shown, stored and written into evidence records: one SQLite cannot keep as text (a NUL)
 * or that would print misleadingly (other control characters) is refused at the door, for every host.
 */
function requireUsableName(name: string): void {
  if (name.trim() === '' || name.length > 255 || /[\u0000-\u001F\u007F]/.test(name)) {
    throw new AppError(
      'INVALID_INPUT',
      'The file’s name cannot be used: it is empty, longer than 255 characters or holds a control character. Rename the file, then choose it again.',
      [{ path: 'name', message: 'Empty, too long, or holds a control character' }],
    );
  }
}
