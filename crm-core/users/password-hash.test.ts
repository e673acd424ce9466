import { describe, expect, it } from 'vitest';
import { decoyHash, hashPassword, verifyPassword } from './password-hash.ts';

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('verify the right password and reject a wrong one', async () => {
    const stored = await hashPassword('correct horse', cheap);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct hors', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('store the work factor and a fresh salt in each hash', async () => {
    const first = await hashPassword('same password', cheap);
    const second = await hashPassword('same password', cheap);
    expect(first).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('same password');
  });

  it('verify hashes made with other parameters than today’s default', async () => {
    const stored = await hashPassword('пароль-з-юнікодом', { N: 2 ** 11, r: 4, p: 2 });
    expect(await verifyPassword('пароль-з-юнікодом', stored)).toBe(true);
  });

  it('never match a malformed or decoy hash', async () => {
    const stored = await hashPassword('correct horse', cheap);
    const [scheme, , r, p, salt, key] = stored.split('$');
    const tampered = [
      '',
      'plaintext',
      stored.replace('scrypt', 'bcrypt'),
      [scheme, 1000, r, p, salt, key].join('$'),
      [scheme, 2 ** 30, r, p, salt, key].join('$'),
      `${stored}$extra`,
    ];
    for (const candidate of tampered) expect(await verifyPassword('correct horse', candidate)).toBe(false);
    expect(await verifyPassword('correct horse', decoyHash(cheap))).toBe(false);
  });
});
