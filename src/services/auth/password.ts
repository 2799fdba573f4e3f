/**
 * Password hashing with node:crypto scrypt (no native dependency). Stored as
 * `scrypt$N$r$p$salt$hash` so the cost can be raised later without invalidating old hashes.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const keyLength = 32;

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must cover 128·N·r bytes, or N = 2^17 fails with "memory limit exceeded"
    scrypt(password, salt, keyLength, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, n: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, n, 8, 1);
  return ['scrypt', n, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Passwords people can type from a printed sheet: no 0/O, 1/l/I. */
export function generatePassword(length = 16): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (;;) {
    const p = Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
    if (passwordProblem(p) === null) return p;
  }
}

/** The minimum the office can be asked to remember, refused with a reason in both languages. */
export function passwordProblem(password: string): { zh: string; en: string } | null {
  if (password.length < 10)
    return { zh: '密码至少 10 个字符', en: 'password must be at least 10 characters' };
  if (password.length > 200)
    return { zh: '密码最多 200 个字符', en: 'password must be at most 200 characters' };
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    return { zh: '密码须同时包含字母和数字', en: 'password must contain letters and digits' };
  }
  return null;
}
