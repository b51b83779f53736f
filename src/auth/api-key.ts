import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'cad_';

/** Create a new API key: 32 random bytes, base64url, behind a recognisable prefix. */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * Hash an API key for storage and lookup. A fast unsalted hash is enough here because the key carries
 * 256 random bits; salting and stretching protect low-entropy passwords, not random tokens.
 */
export function hashApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex');
}

/** Return the part of a key that is safe to show in logs and listings. */
export function apiKeyPrefix(apiKey: string): string {
  return apiKey.slice(0, KEY_PREFIX.length + 6);
}
