/**
 * The member kit and return bundle (issue 11): `kit`, `open-kit`, `return`, `import-return`.
 * Refusals (a wrong passphrase, a tampered, foreign or wrongly signed bundle) are one plain line,
 * exit 1, with nothing written: the kit and bundle are checked before any file is made or opened
 * for writing (import-return verifies over a read-only connection).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { Workspace } from '../../core/workspace';
import { requireOut, withWorkspace, wsOptions, type Command, type Values } from '../command';
import { UsageError } from '../usageError';

function passphraseOf(values: Values, cwd: string, command: string): string {
  if (typeof values['passphrase-file'] !== 'string' || !values['passphrase-file'].trim()) throw new UsageError(`"${command}" needs --passphrase-file <file>.`);
  return readFileSync(resolve(cwd, values['passphrase-file']), 'utf8').replace(/\r?\n$/, '');
}

export const kit: Command = {
  options: { member: { type: 'string' }, out: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  run: async ({ file, values, io, today }) => {
    const out = resolve(io.cwd, requireOut(values, 'kit'));
    if (typeof values.member !== 'string' || !values.member.trim()) throw new UsageError('"kit" needs --member <name>.');
    const { checkPassphrase, makeKit } = await import('../../core/exchange/kit');
    // Checked before the workspace is opened.
    const passphrase = checkPassphrase(passphraseOf(values, io.cwd, 'kit'));
    return withWorkspace(file, async (ws) => {
      const holds = await makeKit(ws, { memberName: values.member as string, passphrase, out, today });
      io.stdout(`Wrote the member kit for ${values.member as string} (${holds}): ${out}\nGive them the passphrase separately, in person or by phone.\n`);
      return 0;
    });
  },
};

export const openKitCommand: Command = {
  options: { out: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  run: async ({ file, values, io }) => {
    const out = resolve(io.cwd, requireOut(values, 'open-kit'));
    const passphrase = passphraseOf(values, io.cwd, 'open-kit');
    if (existsSync(out)) throw new AppError('conflict', `A file called "${values.out as string}" already exists there. Choose another name.`);
    const { openKit } = await import('../../core/exchange/kit');
    const r = await openKit(file, out, passphrase, wsOptions().actor);
    io.stdout(`Opened the kit for ${r.memberName} (${r.homes} home${r.homes === 1 ? '' : 's'}, ${r.papers} published paper${r.papers === 1 ? '' : 's'}): ${out}\n`);
    return 0;
  },
};

export const returnCommand: Command = {
  options: { out: { type: 'string' } },
  run: async ({ file, values, io }) => {
    const out = resolve(io.cwd, requireOut(values, 'return'));
    const { makeReturn } = await import('../../core/exchange/bundle');
    // Making a bundle only reads the member workspace: a read-only connection leaves it as it was.
    const ws = Workspace.open(file, { ...wsOptions(), readonly: true });
    try {
      const r = await makeReturn(ws, out);
      const drafts = r.drafts > 0 ? `, ${r.drafts} of them still ${r.drafts === 1 ? 'a draft' : 'drafts'}` : '';
      io.stdout(`Wrote the return bundle (${r.reports} visit report${r.reports === 1 ? '' : 's'}${drafts}, encrypted for the clerk): ${out}\n`);
      return 0;
    } finally {
      ws.close();
    }
  },
};

export const importReturnCommand: Command = {
  options: { 'accept-recommendations': { type: 'boolean' } },
  args: ['the return bundle'],
  run: async ({ file, values, io, args }) => {
    const bytes = new Uint8Array(readFileSync(resolve(io.cwd, args[0] ?? '')));
    const { applyReturn, importedBeforeLine, importLines, verifyReturn } = await import('../../core/exchange/importReturn');
    // Checked over a read-only connection: a refused bundle leaves the file exactly as it was.
    const ro = Workspace.open(file, { ...wsOptions(), readonly: true });
    let verified;
    try {
      verified = await verifyReturn(ro, bytes);
    } finally {
      ro.close();
    }
    if (verified.importedBefore) {
      io.stdout(`${importedBeforeLine(verified)}\n`);
      return 0;
    }
    const v = verified;
    return withWorkspace(file, (ws) => {
      const r = applyReturn(ws, v, { accept: values['accept-recommendations'] === true });
      io.stdout(importLines(v.memberName, r, values['accept-recommendations'] === true).map((l) => `${l}\n`).join(''));
      return 0;
    });
  },
};
