import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../shared/contract/evidence';
import { driveTo, expectFailure, issuePaths } from '../../fixtures/builders';
import { contentFingerprint, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';
import { emailFixture } from '../../fixtures/emailFiles';
import { MINIMAL_PDF, pngImage } from '../../fixtures/evidenceFiles';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const AWARE = Date.UTC(2026, 10, 27, 8, 0);

/** evidence:add, :export, :remove and :list on real SQLite: hashes, sniffed types, shared bytes and the chain of custody. */
describe('any file as evidence', () => {
  let cb: TestCasebook;
  let incidentId: string;
  beforeEach(() => {
    cb = createTestCasebook({ memory: true });
    incidentId = cb.ok('incidents:create', minimalIncident({ title: 'Papers left at a bus stop', kind: 'other', details: {} })).id;
  });
  afterEach(() => cb.close());

  const put = (name: string, bytes: Uint8Array) => cb.core.context.files.putBytes(name, bytes).fileId;
  const add = (name: string, bytes: Uint8Array, target = incidentId, description = '') =>
    cb.okAsync('evidence:add', { incidentId: target, fileId: put(name, bytes), description });
  const list = (target = incidentId) => cb.ok('evidence:list', { incidentId: target });
  const blobCount = () => cb.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM evidence_blobs').get()!.n;
  const audit = (action: string) =>
    cb.db
      .prepare<[string], { entityId: string; incidentId: string; actor: string; summary: string }>(
        'SELECT entity_id AS entityId, incident_id AS incidentId, actor, summary FROM audit_log WHERE action = ? ORDER BY seq',
      )
      .all(action);

  it('keeps a photo with its SHA-256, size, the type sniffed from its bytes, who added it, when, and why', async () => {
    const photo = pngImage();
    const added = await add('IMG_0042.txt', photo, incidentId, '  Photo of the papers at the bus stop  ');
    expect(added).toMatchObject({
      incidentId,
      fileName: 'IMG_0042.txt',
      mediaType: 'image/png',
      size: photo.length,
      sha256: sha256(photo),
      source: 'file',
      description: 'Photo of the papers at the bus stop',
      addedBy: 'Test Officer',
      attachments: [],
      custody: [{ action: 'added', actor: 'Test Officer', sha256: sha256(photo), reason: null, at: added.addedAt }],
    });
    expect(list()).toEqual({ items: [added], removed: [], totalBytes: photo.length });
    const [entry] = audit('evidence.added');
    expect(entry).toMatchObject({ entityId: added.id, incidentId, actor: 'Test Officer' });
    expect(entry!.summary).toContain(sha256(photo).slice(0, 12));
    expect(cb.ok('audit:verify', {}).ok).toBe(true);
  });

  it('records the type the bytes say, never the name: a PDF called photo.jpg is a PDF, and unknown bytes are unknown', async () => {
    expect((await add('photo.jpg', MINIMAL_PDF)).mediaType).toBe('application/pdf');
    expect((await add('notes.png', Buffer.from('Seen at 08:10 by the driver.\n'))).mediaType).toBe('application/octet-stream');
  });

  it('hands out an export whose bytes match the recorded hash, and records it in custody and the audit log', async () => {
    const photo = pngImage();
    const added = await add('bus-stop.png', photo);
    const copy = cb.ok('evidence:export', { evidenceId: added.id });
    expect(copy).toEqual({ fileName: 'bus-stop.png', mimeType: 'image/png', base64: photo.toString('base64'), sha256: sha256(photo) });
    const [item] = list().items;
    expect(item!.custody.map((c) => c.action)).toEqual(['added', 'exported']);
    expect(audit('evidence.exported')).toHaveLength(1);
  });

  it('refuses to export bytes that no longer match their hash, and records nothing', async () => {
    const added = await add('bus-stop.png', pngImage());
    cb.db.prepare('UPDATE evidence_blobs SET content = ? WHERE sha256 = ?').run(pngImage(97, 64), added.sha256);
    const before = contentFingerprint(cb.db);
    const error = expectFailure(cb.core.call('evidence:export', { evidenceId: added.id }), 'CONFLICT');
    expect(error.message).toContain('no longer matches the SHA-256');
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('removes a file with a reason, erasing its bytes and keeping its custody', async () => {
    const added = await add('wrong.png', pngImage());
    const removed = cb.ok('evidence:remove', { evidenceId: added.id, reason: 'Attached to the wrong incident' });
    expect(removed).toEqual({ evidenceId: added.id, bytesErased: true });
    expect(blobCount()).toBe(0);
    const after = list();
    expect(after.items).toEqual([]);
    expect(after.totalBytes).toBe(0);
    expect(after.removed).toEqual([
      {
        id: added.id,
        fileName: 'wrong.png',
        sha256: added.sha256,
        custody: [
          expect.objectContaining({ action: 'added', reason: null }),
          expect.objectContaining({ action: 'removed', actor: 'Test Officer', sha256: added.sha256, reason: 'Attached to the wrong incident' }),
        ],
      },
    ]);
    // The reason is sealed in the stored summary (it may name someone) and read back through the history.
    expect(audit('evidence.removed')[0]!.summary).not.toContain('Attached to the wrong incident');
    const history = cb.ok('incidents:history', { id: incidentId }).items.find((e) => e.action === 'evidence.removed');
    expect(history?.summary).toContain('Attached to the wrong incident');
    expectFailure(cb.core.call('evidence:export', { evidenceId: added.id }), 'NOT_FOUND');
  });

  it('refuses a removal without a reason, changing nothing', async () => {
    const added = await add('bus-stop.png', pngImage());
    const before = contentFingerprint(cb.db);
    expect(issuePaths(expectFailure(cb.core.call('evidence:remove', { evidenceId: added.id, reason: '  ' }), 'INVALID_INPUT'))).toEqual(['reason']);
    expect(contentFingerprint(cb.db)).toBe(before);
  });

  it('stores a file shared by two incidents once, and erases it only when neither needs it', async () => {
    const other = cb.ok('incidents:create', minimalIncident({ title: 'Second report of the same papers', kind: 'other', details: {} })).id;
    const photo = pngImage();
    const first = await add('bus-stop.png', photo);
    const second = await add('from-the-public.png', photo, other);
    expect(blobCount()).toBe(1);
    expect(cb.ok('evidence:remove', { evidenceId: first.id, reason: 'Kept with the second report' }).bytesErased).toBe(false);
    expect(blobCount()).toBe(1);
    expect(cb.ok('evidence:export', { evidenceId: second.id }).base64).toBe(photo.toString('base64'));
    expect(cb.ok('evidence:remove', { evidenceId: second.id, reason: 'Not a breach after all' }).bytesErased).toBe(true);
    expect(blobCount()).toBe(0);
  });

  it('keeps bytes an imported email still cites when the same file attached elsewhere is removed', async () => {
    const eml = emailFixture('misdirected-army-ml.eml');
    const imported = await cb.okAsync('emails:import', {
      fileId: put('misdirected-army-ml.eml', eml),
      target: { type: 'new', kind: 'misdirected_email', awareAt: AWARE },
    });
    const attached = await add('the-email-again.eml', eml);
    expect(cb.ok('evidence:remove', { evidenceId: attached.id, reason: 'Duplicate' }).bytesErased).toBe(false);
    expect(cb.ok('evidence:export', { evidenceId: imported.evidenceId }).sha256).toBe(sha256(eml));
  });

  it('shows imported emails and attached files in one list, with custody for both', async () => {
    const eml = emailFixture('misdirected-army-ml.eml');
    const imported = await cb.okAsync('emails:import', {
      fileId: put('misdirected-army-ml.eml', eml),
      target: { type: 'existing', incidentId },
    });
    const photo = await add('bus-stop.png', pngImage());
    const { items, totalBytes } = list();
    expect(items.map((i) => [i.id, i.source, i.custody.map((c) => c.action)])).toEqual([
      [imported.evidenceId, 'email', ['added']],
      [photo.id, 'file', ['added']],
    ]);
    expect(totalBytes).toBe(eml.length + photo.size);
    expect(items[0]!.attachments).toEqual([{ fileName: 'movement-orders.pdf', mediaType: 'application/pdf', size: 45 }]);
  });

  describe('refusals write nothing', () => {
    let before: string;
    beforeEach(() => {
      before = contentFingerprint(cb.db);
    });
    const unchanged = () => expect(contentFingerprint(cb.db)).toBe(before);

    it('refuses a file over 200 MB by name and size, before reading it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'casebook-evidence-'));
      try {
        const path = join(dir, 'cctv.mp4');
        const fd = openSync(path, 'w');
        ftruncateSync(fd, EVIDENCE_MAX_BYTES + 1);
        closeSync(fd);
        const { fileId } = cb.core.context.files.putPath(path, 'cctv.mp4');
        const error = expectFailure(await cb.core.callAsync('evidence:add', { incidentId, fileId }), 'INVALID_INPUT');
        expect(error.message).toMatch(/^cctv\.mp4 is larger than 200 MB, the most Casebook keeps as evidence\. Nothing was added\./);
        expect(issuePaths(error)).toEqual(['fileId']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      unchanged();
    });

    it('keeps a file of exactly 200 MB worth of limit in mind: the limit is the size, not the name', () => {
      expect(EVIDENCE_MAX_BYTES).toBe(209_715_200);
    });

    it('refuses the same file twice in one incident, naming the copy it keeps', async () => {
      await add('bus-stop.png', pngImage());
      before = contentFingerprint(cb.db);
      const error = expectFailure(await cb.core.callAsync('evidence:add', { incidentId, fileId: put('copy.png', pngImage()) }), 'CONFLICT');
      expect(error.message).toContain('already keeps this file, as bus-stop.png');
      unchanged();
    });

    it('refuses to add to or remove from a closed incident', async () => {
      const added = await add('bus-stop.png', pngImage());
      const incident = cb.ok('incidents:get', { id: incidentId }).incident;
      driveTo(cb, incident, 'closed');
      before = contentFingerprint(cb.db);
      expectFailure(await cb.core.callAsync('evidence:add', { incidentId, fileId: put('late.pdf', MINIMAL_PDF) }), 'INVALID_TRANSITION');
      expectFailure(cb.core.call('evidence:remove', { evidenceId: added.id, reason: 'Tidy up' }), 'INVALID_TRANSITION');
      unchanged();
      expect(cb.ok('evidence:export', { evidenceId: added.id }).sha256).toBe(added.sha256);
    });

    it('refuses to remove an imported email on its own', async () => {
      const imported = await cb.okAsync('emails:import', {
        fileId: put('misdirected-army-ml.eml', emailFixture('misdirected-army-ml.eml')),
        target: { type: 'existing', incidentId },
      });
      before = contentFingerprint(cb.db);
      expect(issuePaths(expectFailure(cb.core.call('evidence:remove', { evidenceId: imported.evidenceId, reason: 'Wrong' }), 'INVALID_INPUT'))).toEqual(['evidenceId']);
      unchanged();
    });

    it('answers LOCKED when the register closes (a lock) while the file is being read', async () => {
      const pending = cb.core.callAsync('evidence:add', { incidentId, fileId: put('bus-stop.png', pngImage()) });
      cb.db.close();
      expectFailure(await pending, 'LOCKED');
    });

    it('forgets an upload at lock: the handle no longer adds anything', async () => {
      const fileId = put('bus-stop.png', pngImage());
      cb.core.context.files.clear();
      expectFailure(await cb.core.callAsync('evidence:add', { incidentId, fileId }), 'NOT_FOUND');
      unchanged();
    });
  });

  it('shows only sniffed PNG, JPEG, WebP and GIF images as thumbnails', async () => {
    const photo = pngImage();
    const image = await add('bus-stop.png', photo);
    expect(cb.ok('evidence:thumbnail', { evidenceId: image.id })).toEqual({ mimeType: 'image/png', base64: photo.toString('base64') });
    const pdf = await add('scan.png', MINIMAL_PDF);
    expectFailure(cb.core.call('evidence:thumbnail', { evidenceId: pdf.id }), 'INVALID_INPUT');
    const html = await add('page.png', Buffer.from('<html><script>alert(1)</script></html>'));
    expectFailure(cb.core.call('evidence:thumbnail', { evidenceId: html.id }), 'INVALID_INPUT');
  });

  it('keeps custody records unchangeable', async () => {
    await add('bus-stop.png', pngImage());
    expect(() => cb.db.prepare("UPDATE evidence_custody SET actor = 'Someone Else'").run()).toThrow(/cannot be changed/);
    expect(() => cb.db.prepare('DELETE FROM evidence_custody').run()).toThrow(/cannot be removed/);
  });
});
