import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/openDatabase';

/** Whose personal data a value is: an incident's, a party's, or (an involvement) both at once. */
export type DataKeyOwner = { type: 'incident' | 'party'; id: string };

/** What an audit value or summary is sealed under: the entry's incident and, for a party's entries, the party. */
export function ownersOf(entry: { entityType: string; entityId: string; incidentId: string | null }): DataKeyOwner[] {
  return [
    ...(entry.incidentId !== null ? [{ type: 'incident' as const, id: entry.incidentId }] : []),
    ...(entry.entityType === 'party' ? [{ type: 'party' as const, id: entry.entityId }] : []),
  ];
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The key one value is sealed with: SHA-256 over every owner's data key in order, so destroying any one of
 * them (the incident's, or the party's) makes the value unreadable. Null when a key is gone, or, unless
 * `create`, not yet made.
 */
function derivedKey(db: Db, owners: DataKeyOwner[], create: { now: number } | null): Buffer | null {
  const read = db.prepare<[string, string], { key: Buffer }>('SELECT key FROM data_keys WHERE owner_type = ? AND owner_id = ?');
  const hash = createHash('sha256').update('casebook data key\n');
  for (const owner of owners) {
    let key = read.get(owner.type, owner.id)?.key ?? null;
    if (!key && create) {
      key = randomBytes(32);
      db.prepare('INSERT INTO data_keys (owner_type, owner_id, key, created_at) VALUES (?, ?, ?, ?)').run(owner.type, owner.id, key, create.now);
    }
    if (!key) return null;
    hash.update(key);
  }
  return hash.digest();
}

/** The sealing key for a new entry, making the owners' data keys on first use (in the caller's transaction). */
export function sealingKey(db: Db, owners: DataKeyOwner[], now: number): Buffer {
  return derivedKey(db, owners, { now })!;
}

/** Opens values for reading; remembers keys per owner set, and null once a key is destroyed. */
export function keyReader(db: Db): (owners: DataKeyOwner[]) => Buffer | null {
  const cache = new Map<string, Buffer | null>();
  return (owners) => {
    const id = owners.map((o) => `${o.type}:${o.id}`).join('|');
    if (!cache.has(id)) cache.set(id, derivedKey(db, owners, null));
    return cache.get(id)!;
  };
}

/** AES-256-GCM: iv, tag, ciphertext, as base64. */
export function sealText(key: Buffer, text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The text, or null when the key is not the one it was sealed with (destroyed and made again, say). */
export function openText(key: Buffer | null, sealed: string): string | null {
  if (!key) return null;
  const bytes = Buffer.from(sealed, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * Destroys the data keys: the audit values they protected become unreadable ("[erased]") forever. Call
 * inside the erasure's transaction (secure_delete overwrites the freed bytes). Returns how many keys were
 * destroyed. The chain still verifies: it hashes the ciphertext, which stays.
 */
export function destroyDataKeys(db: Db, scope: { incidentIds: string[]; partyIds: string[] }): number {
  const remove = db.prepare('DELETE FROM data_keys WHERE owner_type = ? AND owner_id = ?');
  let destroyed = 0;
  for (const id of scope.incidentIds) destroyed += remove.run('incident', id).changes;
  for (const id of scope.partyIds) destroyed += remove.run('party', id).changes;
  return destroyed;
}
