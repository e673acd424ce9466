/**
 * Password hashes as `scrypt$N$r$p$salt$key` (salt and key in base64), so the work factor can
 * be raised later and every stored hash still verifies with the parameters it was made with.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParameters {
  /** CPU and memory cost, a power of two. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** About 32 MiB and a few tens of milliseconds per hash: slow for a guesser, fine for a login. */
export const defaultScryptParameters: ScryptParameters = { N: 2 ** 15, r: 8, p: 1 };

const saltBytes = 16;
const keyBytes = 32;
/** A stored hash never makes us allocate more than this (scrypt needs 128·N·r bytes). */
const maximumMemoryBytes = 256 * 1024 * 1024;

interface ParsedHash {
  readonly parameters: ScryptParameters;
  readonly salt: Buffer;
  readonly key: Buffer;
}

export async function hashPassword(password: string, parameters: ScryptParameters = defaultScryptParameters): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await deriveKey(password, salt, parameters, keyBytes);
  return formatHash({ parameters, salt, key });
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  const parsed = parseHash(storedHash);
  if (parsed === null) return false;
  const key = await deriveKey(password, parsed.salt, parsed.parameters, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/**
 * A hash of no password at all, with random salt and key: verifying against it costs the same
 * as a real verification and always fails, so an unknown login takes as long as a wrong password.
 */
export function decoyHash(parameters: ScryptParameters = defaultScryptParameters): string {
  return formatHash({ parameters, salt: randomBytes(saltBytes), key: randomBytes(keyBytes) });
}

function formatHash({ parameters, salt, key }: ParsedHash): string {
  return ['scrypt', parameters.N, parameters.r, parameters.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parseHash(storedHash: string): ParsedHash | null {
  const [scheme, N, r, p, salt, key, ...rest] = storedHash.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined || rest.length > 0) return null;
  const parameters = { N: Number(N), r: Number(r), p: Number(p) };
  if (!plausibleParameters(parameters)) return null;
  const parsed = { parameters, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
  return parsed.salt.length > 0 && parsed.key.length > 0 ? parsed : null;
}

function plausibleParameters({ N, r, p }: ScryptParameters): boolean {
  const positiveIntegers = [N, r, p].every((value) => Number.isInteger(value) && value > 0);
  return positiveIntegers && N > 1 && (N & (N - 1)) === 0 && 128 * N * r <= maximumMemoryBytes / 2;
}

function deriveKey(password: string, salt: Buffer, parameters: ScryptParameters, length: number): Promise<Buffer> {
  const options = { ...parameters, maxmem: maximumMemoryBytes };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
