import { createHash, randomBytes } from 'node:crypto';

/** A bearer token: 32 random bytes, base64url (43 characters). Handed out once, never stored. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: its SHA-256 in hex. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
