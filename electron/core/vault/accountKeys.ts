import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { canonicalJson } from '../audit/canonicalJson';

/**
 * An account's own key pairs: X25519, to which the register key is sealed (so an administrator can re-key
 * the register and hand the new key to every account without knowing their passwords), and Ed25519, with
 * which the account signs (the roster, if an administrator; the audit entries it writes). The private
 * halves are kept only wrapped under the account's password-derived key.
 */
export type AccountKeyPairs = { x25519: { publicKey: KeyObject; privateKey: KeyObject }; ed25519: { publicKey: KeyObject; privateKey: KeyObject } };
/** The public halves as stored and signed: raw 32 bytes, base64. */
export type PublicKeys = { x25519: string; ed25519: string };
export type Sealed = { generation: number; ephemeral: string; iv: string; data: string; tag: string };
export type WrappedPrivateKeys = { iv: string; data: string; tag: string };
/** What a sealed register key is bound to: editing any of these in the key file makes it unopenable. */
export type SealBinding = { databaseId: string; name: string; role: string; generation: number };

const SEAL_INFO = Buffer.from('casebook register key v2', 'utf8');

export function newKeyPairs(): AccountKeyPairs {
  return { x25519: generateKeyPairSync('x25519'), ed25519: generateKeyPairSync('ed25519') };
}

export function publicKeysOf(pairs: AccountKeyPairs): PublicKeys {
  return { x25519: rawPublic(pairs.x25519.publicKey), ed25519: rawPublic(pairs.ed25519.publicKey) };
}

/** The whole SHA-256 of the key, grouped for reading aloud and writing down: the register's root of trust. */
export function fingerprintOf(ed25519: string): string {
  const hex = createHash('sha256').update(Buffer.from(ed25519, 'base64')).digest('hex');
  return hex.match(/.{4}/g)!.join(' ');
}

function rawPublic(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('base64');
}

export function publicKeyFrom(raw: string, curve: 'X25519' | 'Ed25519'): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: curve, x: Buffer.from(raw, 'base64').toString('base64url') }, format: 'jwk' });
}

/** The register key sealed to an X25519 public key: an ephemeral key agreement, HKDF-SHA256, AES-256-GCM. */
export function sealRegisterKey(registerKey: Buffer, recipient: string, binding: SealBinding): Sealed {
  const ephemeral = generateKeyPairSync('x25519');
  const wrappingKey = sealingKey(
    diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyFrom(recipient, 'X25519') }),
    rawPublic(ephemeral.publicKey),
    recipient,
  );
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(sealAad(binding));
  const data = Buffer.concat([cipher.update(registerKey), cipher.final()]);
  return { generation: binding.generation, ephemeral: rawPublic(ephemeral.publicKey), iv: b64(iv), data: b64(data), tag: b64(cipher.getAuthTag()) };
}

/** The register key, or null when the key or any part of the binding (name, role, generation) differs. */
export function unsealRegisterKey(sealed: Sealed, privateKey: KeyObject, binding: SealBinding): Buffer | null {
  try {
    const recipient = rawPublic(createPublicKey(privateKey));
    const wrappingKey = sealingKey(diffieHellman({ privateKey, publicKey: publicKeyFrom(sealed.ephemeral, 'X25519') }), sealed.ephemeral, recipient);
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(sealAad(binding));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}

function sealingKey(shared: Buffer, ephemeral: string, recipient: string): Buffer {
  const salt = Buffer.concat([Buffer.from(ephemeral, 'base64'), Buffer.from(recipient, 'base64')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, SEAL_INFO, 32));
}

function sealAad(binding: SealBinding): Buffer {
  return Buffer.from(canonicalJson({ purpose: 'register key', ...binding }), 'utf8');
}

/** Both private keys, wrapped with AES-256-GCM under the account's password-derived key, bound to the register and name. */
export function wrapPrivateKeys(pairs: AccountKeyPairs, kek: Buffer, binding: { databaseId: string; name: string }): WrappedPrivateKeys {
  const plain = Buffer.from(
    JSON.stringify({
      x25519: pairs.x25519.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      ed25519: pairs.ed25519.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    }),
    'utf8',
  );
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(privateAad(binding));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  plain.fill(0);
  return { iv: b64(iv), data: b64(data), tag: b64(cipher.getAuthTag()) };
}

/** The account's pairs, or null when the password is wrong or the wrapped keys were altered or moved to another name. */
export function unwrapPrivateKeys(wrapped: WrappedPrivateKeys, kek: Buffer, binding: { databaseId: string; name: string }): AccountKeyPairs | null {
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(privateAad(binding));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(wrapped.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(plain.toString('utf8')) as { x25519: string; ed25519: string };
    const x = createPrivateKey({ key: Buffer.from(parsed.x25519, 'base64'), format: 'der', type: 'pkcs8' });
    const ed = createPrivateKey({ key: Buffer.from(parsed.ed25519, 'base64'), format: 'der', type: 'pkcs8' });
    return { x25519: { privateKey: x, publicKey: createPublicKey(x) }, ed25519: { privateKey: ed, publicKey: createPublicKey(ed) } };
  } finally {
    plain.fill(0);
  }
}

function privateAad(binding: { databaseId: string; name: string }): Buffer {
  return Buffer.from(canonicalJson({ purpose: 'account private keys', databaseId: binding.databaseId, name: binding.name }), 'utf8');
}

export function signCanonical(value: unknown, privateKey: KeyObject): string {
  return b64(sign(null, Buffer.from(canonicalJson(value), 'utf8'), privateKey));
}

export function verifyCanonical(value: unknown, signature: string, ed25519: string): boolean {
  try {
    return verify(null, Buffer.from(canonicalJson(value), 'utf8'), publicKeyFrom(ed25519, 'Ed25519'), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64');
}
