/**
 * The passphrase identity for opening a member kit, and the passphrase recipient for making one,
 * without holding up the process. The `age-encryption` package's own ScryptIdentity and
 * ScryptRecipient derive the key with a synchronous, pure-JS scrypt (work factor 2^18: about a
 * second, more on an old laptop), which would freeze Electron's main process (and the window's
 * menus and dialogs) meanwhile. These do exactly what those do (the age-encryption.org/v1 "scrypt"
 * stanza: the same checks, the same key derivation, the same ChaCha20-Poly1305 seal and unwrap of
 * the file key) with Node's OpenSSL scrypt and ChaCha20-Poly1305, the scrypt on libuv's thread
 * pool. Everything else (the header and its MAC, the payload's STREAM encryption) is still the
 * `age-encryption` package's Encrypter and Decrypter. tests/core/visits/scryptIdentity.test.ts
 * holds them to age's own: each opens what the other makes.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { Stanza, type Identity, type Recipient } from 'age-encryption';

const LABEL = 'age-encryption.org/v1/scrypt';
/** age's own work factor for a passphrase (Encrypter's default): about a second. */
const LOG_N = 18;
/** The largest work factor age itself accepts for a passphrase. */
const MAX_LOG_N = 20;

function deriveKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128 * N * r bytes (256 MiB at 2^18), above Node's 32 MiB default.
    scrypt(passphrase, Buffer.concat([Buffer.from(LABEL, 'utf8'), salt]), 32, { N, r: 8, p: 1, maxmem: 129 * N * 8 + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** The 16-byte file key sealed in a stanza's 32-byte body (ChaCha20-Poly1305, zero nonce), or null when the key does not open it. */
function unwrap(body: Uint8Array, key: Buffer): Uint8Array | null {
  if (body.length !== 32) throw new Error('invalid stanza');
  try {
    const d = createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
    d.setAuthTag(Buffer.from(body.subarray(16)));
    return new Uint8Array(Buffer.concat([d.update(body.subarray(0, 16)), d.final()]));
  } catch {
    return null;
  }
}

export class AsyncScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    for (const s of stanzas) {
      if (s.args.length < 1 || s.args[0] !== 'scrypt') continue;
      if (stanzas.length !== 1) throw new Error('scrypt recipient is not the only one in the header');
      if (s.args.length !== 3 || !/^[1-9][0-9]*$/.test(s.args[2] ?? '')) throw new Error('invalid scrypt stanza');
      const salt = Buffer.from(s.args[1] ?? '', 'base64');
      if (salt.length !== 16 || salt.toString('base64').replace(/=+$/, '') !== s.args[1]) throw new Error('invalid scrypt stanza');
      const logN = Number(s.args[2]);
      if (logN > MAX_LOG_N) throw new Error('scrypt work factor is too high');
      const fileKey = unwrap(s.body, await deriveKey(this.passphrase, salt, logN));
      if (fileKey !== null) return fileKey;
    }
    return null;
  }
}

/** age's "scrypt" stanza for a passphrase (as `Encrypter.setPassphrase` makes it), the key derived off the main thread. */
export class AsyncScryptRecipient implements Recipient {
  constructor(private readonly passphrase: string) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await deriveKey(this.passphrase, salt, LOG_N);
    const c = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
    const sealed = Buffer.concat([c.update(fileKey), c.final(), c.getAuthTag()]);
    return [new Stanza(['scrypt', salt.toString('base64').replace(/=+$/, ''), String(LOG_N)], new Uint8Array(sealed))];
  }
}
