import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { canonicalJson } from '../audit/canonicalJson';

/**
 * Key slots (like LUKS): the register's one random key, wrapped per account with AES-256-GCM under a key
 * derived from that account's password with scrypt. The additional authenticated data binds the slot to
 * its database, account name and role, so editing a slot's name or role in the key file makes it unopenable
 * rather than promoting anyone.
 */
export type KdfParams = { name: 'scrypt'; N: number; r: number; p: number };

/** 2^16 takes ~180 ms on our 2-core machines (2^15: ~100 ms, 2^17: ~370 ms, measured 2026-11-27). */
export const DEFAULT_KDF: KdfParams = { name: 'scrypt', N: 2 ** 16, r: 8, p: 1 };

export type WrappedKey = { salt: string; iv: string; wrappedKey: string; tag: string };
export type SlotBinding = { databaseId: string; name: string; role: string };

export function newDatabaseKey(): Buffer {
  return randomBytes(32);
}

/** The key-encryption key for one account's slot. */
export function deriveKek(password: string, salt: Buffer, kdf: KdfParams): Buffer {
  // maxmem must exceed 128·N·r bytes; Node's default (32 MB) refuses N = 2^16 and above.
  return scryptSync(password.normalize('NFC'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 2 * 128 * kdf.N * kdf.r });
}

export function newSalt(): Buffer {
  return randomBytes(16);
}

export function wrapKey(key: Buffer, kek: Buffer, salt: Buffer, binding: SlotBinding): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(binding));
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return { salt: salt.toString('base64'), iv: iv.toString('base64'), wrappedKey: wrapped.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The register key, or null when the password is wrong or the slot was altered (GCM cannot tell which). */
export function unwrapKey(slot: WrappedKey, kek: Buffer, binding: SlotBinding): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(slot.wrappedKey, 'base64')), decipher.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}

function aad(binding: SlotBinding): Buffer {
  return Buffer.from(canonicalJson({ databaseId: binding.databaseId, name: binding.name, role: binding.role }), 'utf8');
}
