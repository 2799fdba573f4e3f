import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse 42', 1024);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('correct horse 42', hash)).toBe(true);
    expect(await verifyPassword('correct horse 43', hash)).toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('same password 1', 1024)).not.toBe(await hashPassword('same password 1', 1024));
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
  });

  it('generates passwords that pass its own rules', () => {
    const p = generatePassword();
    expect(p).toHaveLength(16);
    expect(p).not.toMatch(/[0O1lI]/);
  });

  it('names what is wrong with a weak password', () => {
    expect(passwordProblem('short1')?.zh).toBe('密码至少 10 个字符');
    expect(passwordProblem('onlyletters')?.en).toBe('password must contain letters and digits');
    expect(passwordProblem('letters and 123')).toBeNull();
  });
});
