import { afterEach, describe, expect, it } from 'vitest';
import type { Vault } from '../../../electron/core/vault/vault';
import { exchangeLog, exchangeRow } from '../../fixtures/emailFiles';
import { ADMIN, ok, tempRegister, testVault } from './vaultHelpers';

const open: Vault[] = [];
afterEach(() => {
  for (const v of open.splice(0)) v.close();
});

/** A log long enough that its reading is still under way when the lock comes. */
function bigLog(rows: number): Uint8Array {
  const lines = Array.from({ length: rows }, (_, i) =>
    exchangeRow({
      at: '2023-03-14T09:12:00.000Z',
      recipients: [`person${i % 500}@army.ml`],
      sender: 'j.harper@mod.gov.uk',
      subject: 'Orders',
      messageId: `<${i}@mod.gov.uk>`,
    }),
  );
  return new TextEncoder().encode(exchangeLog(lines));
}

describe('locking while work is under way', () => {
  it('cancels a running import, which writes nothing, and forgets every uploaded file', async () => {
    const { file } = tempRegister();
    const vault = testVault(file);
    open.push(vault);
    ok(vault, 'auth:setup', { name: ADMIN.name, password: ADMIN.password });
    const log = vault.files.putBytes('MSGTRK.LOG', bigLog(40_000));
    const eml = vault.files.putBytes('orders.eml', new TextEncoder().encode('From: a@mod.gov.uk\r\nTo: b@army.ml\r\n\r\nhello\r\n'));
    const { jobId } = ok(vault, 'gatewayLogs:import', { fileId: log.fileId, format: 'exchange', awareAt: Date.UTC(2026, 10, 27, 8, 0) });

    ok(vault, 'auth:lock', {});
    expect(() => vault.files.get(eml.fileId)).toThrow(/no longer open/);

    ok(vault, 'auth:login', { name: ADMIN.name, password: ADMIN.password });
    const job = await new Promise<{ state: string }>((resolve) => {
      const poll = () => {
        const current = ok(vault, 'jobs:get', { jobId });
        if (current.state === 'running') setTimeout(poll, 20);
        else resolve(current);
      };
      poll();
    });
    expect(job.state).toBe('cancelled');
    expect(ok(vault, 'incidents:list', {}).items).toEqual([]);
  });
});
