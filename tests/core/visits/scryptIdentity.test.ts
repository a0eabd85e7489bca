/**
 * AsyncScryptIdentity opens exactly what age's own passphrase identity opens (files encrypted by
 * the age-encryption package's Encrypter, at its default work factor and a small one), refuses a
 * wrong passphrase the same way, and leaves the event loop free while it derives the key; what
 * AsyncScryptRecipient encrypts, age's own passphrase identity opens.
 */
import { describe, expect, it } from 'vitest';
import { Decrypter, Encrypter } from 'age-encryption';
import { AsyncScryptIdentity, AsyncScryptRecipient } from '../../../electron/core/exchange/scryptIdentity';

const PASS = 'correct horse battery staple';

async function encrypted(text: string, logN?: number): Promise<Uint8Array> {
  const e = new Encrypter();
  e.setPassphrase(PASS);
  if (logN) e.setScryptWorkFactor(logN);
  return e.encrypt(text);
}

describe('AsyncScryptIdentity', () => {
  it('opens what age encrypts with a passphrase, as age does, and refuses a wrong one', { timeout: 30_000 }, async () => {
    for (const logN of [10, undefined]) {
      const file = await encrypted(`kit at ${logN ?? 'default'}`, logN);
      const mine = new Decrypter();
      mine.addIdentity(new AsyncScryptIdentity(PASS));
      const ages = new Decrypter();
      ages.addPassphrase(PASS);
      expect(await mine.decrypt(file, 'text')).toBe(await ages.decrypt(file, 'text'));
      const wrong = new Decrypter();
      wrong.addIdentity(new AsyncScryptIdentity(`${PASS}!`));
      await expect(wrong.decrypt(file, 'text')).rejects.toThrow();
    }
  });

  it('derives the key off the main thread: timers keep running meanwhile', { timeout: 30_000 }, async () => {
    const file = await encrypted('the default work factor');
    const d = new Decrypter();
    d.addIdentity(new AsyncScryptIdentity(PASS));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    try {
      expect(await d.decrypt(file, 'text')).toBe('the default work factor');
    } finally {
      clearInterval(timer);
    }
    // About one tick per 20 ms of the decryption (a synchronous scrypt would allow none).
    expect(ticks).toBeGreaterThan((Date.now() - started) / 20 / 3);
  });

  it("AsyncScryptRecipient: age's own Decrypter opens what it encrypts (work factor 18, as age's), a wrong passphrase does not, timers keep running", { timeout: 30_000 }, async () => {
    const e = new Encrypter();
    e.addRecipient(new AsyncScryptRecipient(PASS));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    let file: Uint8Array;
    try {
      file = await e.encrypt('a member kit');
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan((Date.now() - started) / 20 / 3);
    // The stanza as age writes it: "-> scrypt <salt> 18".
    expect(new TextDecoder().decode(file.subarray(0, 200))).toMatch(/\n-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    const ages = new Decrypter();
    ages.addPassphrase(PASS);
    expect(await ages.decrypt(file, 'text')).toBe('a member kit');
    const wrong = new Decrypter();
    wrong.addPassphrase(`${PASS}!`);
    await expect(wrong.decrypt(file, 'text')).rejects.toThrow();
  });
});
