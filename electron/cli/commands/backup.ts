/** `panelpack backup`: a checked copy, safe while PanelPack has the file open. */
import { basename, resolve } from 'node:path';
import { backupWorkspace } from '../../core/backup';
import { formatBytes, requireOut, type Command } from '../command';

export const backup: Command = {
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run({ file, values, io }) {
    const out = resolve(io.cwd, requireOut(values, 'backup'));
    const result = await backupWorkspace(file, out, { force: values.force === true });
    io.stdout(`Backed up to ${result.path} (${formatBytes(result.bytes)}); the copy passed its integrity check.\n`);
    if (result.walLeftOut) io.stderr(`panelpack: The "-wal" file beside "${basename(file)}" does not belong to it (${result.walLeftOut}), so it was left out of the backup and not applied. Opening the workspace sets it aside, renamed and kept.\n`);
    return 0;
  },
};
