import { describe, expect, it } from 'vitest';
import { custodyText, sha256Hex, tooLargeText, totalText, typeText } from '../../renderer/src/features/evidence/evidenceView';

describe('the Evidence tab in words', () => {
  it('states the total and the limit per file', () => {
    expect(totalText(0, 0)).toBe('Nothing kept yet. Each file may be up to 200 MB.');
    expect(totalText(1, 1024)).toBe('1 item, 1.0 KB in all. Each file may be up to 200 MB.');
    expect(totalText(1200, 3 * 1024 * 1024)).toBe('1,200 items, 3.0 MB in all. Each file may be up to 200 MB.');
  });

  it('names the type read from the bytes, and says when the bytes name none', () => {
    expect(typeText('image/jpeg')).toBe('JPEG image');
    expect(typeText('application/octet-stream')).toBe('Type not recognised from its content');
    expect(typeText('video/mp4')).toBe('video/mp4');
  });

  it('says each custody step with who and when in London time, and why for a removal', () => {
    const at = Date.UTC(2026, 6, 1, 13, 5);
    expect(custodyText({ action: 'added', at, actor: 'Alex Morgan', sha256: 'a'.repeat(64), reason: null })).toBe('Added 1 Jul 2026 14:05 by Alex Morgan');
    expect(custodyText({ action: 'removed', at, actor: 'Alex Morgan', sha256: 'a'.repeat(64), reason: 'Wrong incident' })).toBe(
      'Removed 1 Jul 2026 14:05 by Alex Morgan — Wrong incident',
    );
  });

  it('refuses in the page, before uploading, a file the core would refuse as too large', () => {
    expect(tooLargeText({ name: 'cctv.mp4', size: 200 * 1024 * 1024 })).toBeNull();
    expect(tooLargeText({ name: 'cctv.mp4', size: 200 * 1024 * 1024 + 1 })).toBe('cctv.mp4 is larger than 200 MB, the most Casebook keeps as evidence.');
  });

  it('hashes bytes as the core does (SHA-256 of "abc")', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc') as Uint8Array<ArrayBuffer>)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
