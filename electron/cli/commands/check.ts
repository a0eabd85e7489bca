/** `panelpack check`: the file's integrity and schema version, without changing it. */
import { basename } from 'node:path';
import { checkWorkspace } from '../../core/backup';
import type { Command } from '../command';
import { checkText } from '../format';

export const check: Command = {
  options: {},
  run({ file, io }) {
    const result = checkWorkspace(file);
    io.stdout(checkText(result, basename(file)));
    if (result.ok) return 0;
    io.stderr(`panelpack: "${basename(file)}" failed its integrity check. Restore it from a backup; PanelPack has not changed it.\n`);
    return 1;
  },
};
