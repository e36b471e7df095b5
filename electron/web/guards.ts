// The web shell's guards: the per-launch token, constant-time checks, allowed Host and Origin.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header every /api request must carry, holding the per-launch token. */
export const TOKEN_HEADER = 'x-dossier-token';

/** A fresh per-launch token: 24 random bytes, base64url (32 characters). */
export function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison (hashing first makes the lengths equal too). */
export function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || expected === '') return false;
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** `Host` must name this server exactly (stops DNS rebinding). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const value = host.toLowerCase();
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`;
}

/** `Origin`, when a browser sends one, must be this server's own. */
export function isAllowedOrigin(origin: string | string[] | undefined, port: number): boolean {
  if (origin === undefined) return true;
  if (typeof origin !== 'string') return false;
  const value = origin.toLowerCase();
  return value === `http://127.0.0.1:${port}` || value === `http://localhost:${port}`;
}
