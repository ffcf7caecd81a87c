import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileRegistry } from '../../../electron/core/files/fileRegistry';

describe('the file registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = 'line one\nline two\n'.repeat(1000);

  it('gives the same bytes, whole, in chunks and by head, for a path and for uploaded bytes', async () => {
    const path = join(dir, 'trace.csv');
    writeFileSync(path, text);
    const files = createFileRegistry();
    for (const ref of [files.putPath(path, 'trace.csv'), files.putBytes('trace.csv', new TextEncoder().encode(text))]) {
      const file = files.get(ref.fileId);
      expect(ref).toMatchObject({ name: 'trace.csv', size: text.length });
      expect(file.readAll().toString()).toBe(text);
      expect(file.readHead(17).toString()).toBe('line one\nline two');
      expect(file.readHead(10 * text.length).toString()).toBe(text);
      const chunks: Buffer[] = [];
      for await (const chunk of file.chunks()) chunks.push(Buffer.from(chunk));
      expect(Buffer.concat(chunks).toString()).toBe(text);
    }
  });

  it('issues unguessable handles, forgets released ones, and answers NOT_FOUND for unknown ones', () => {
    const files = createFileRegistry();
    const a = files.putBytes('a.eml', new Uint8Array([1]));
    const b = files.putBytes('a.eml', new Uint8Array([1]));
    expect(a.fileId).not.toBe(b.fileId);
    expect(a.fileId).toMatch(/^file-[A-Za-z0-9_-]{24}$/);
    files.release(a.fileId);
    expect(() => files.get(a.fileId)).toThrow(/no longer open/);
    expect(files.get(b.fileId).size).toBe(1);
  });

  it('keeps a bounded number of uploads, forgetting the oldest first', () => {
    const files = createFileRegistry();
    const refs = Array.from({ length: 33 }, (_, i) => files.putBytes(`${i}.eml`, new Uint8Array(1)));
    expect(() => files.get(refs[0]!.fileId)).toThrow(/no longer open/);
    expect(files.get(refs[32]!.fileId).name).toBe('32.eml');
  });
});
