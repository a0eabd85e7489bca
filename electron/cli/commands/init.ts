/** `panelpack init`: a new empty workspace, or the sample board dated from today. */
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { settingsInput } from '../../../shared/model/schemas';
import { AppError } from '../../core/errors';
import { countEntities, workspaceSummary } from '../../core/settings/queries';
import { Workspace } from '../../core/workspace';
import { wsOptions, type Command } from '../command';
import { UsageError } from '../usageError';

export const init: Command = {
  options: { sample: { type: 'boolean' }, council: { type: 'string' }, board: { type: 'string' } },
  async run({ file, values, io, today }) {
    // Checked here too so the refusal is the same whichever way the workspace is built.
    if (existsSync(file)) throw new AppError('conflict', `A file called "${basename(file)}" already exists there. Choose another name.`);
    if (!existsSync(dirname(file))) throw new AppError('not_found', `The folder for "${basename(file)}" does not exist.`);
    let ws: Workspace;
    if (values.sample) {
      if (values.council !== undefined || values.board !== undefined) throw new UsageError('--sample has its own council and board: leave out --council and --board.');
      // The sample data is imported by this command only, so the others start without it.
      const { buildSampleWorkspace } = await import('../../core/sample/buildSample');
      ws = await buildSampleWorkspace(file, { ...wsOptions(), today, overwrite: false });
    } else {
      if (values.council === undefined) throw new UsageError('"init" needs --council <name> (or --sample for the sample board).');
      const names = settingsInput
        .pick({ councilName: true, boardName: true })
        .parse({ councilName: values.council, boardName: values.board ?? 'Corporate Parenting Board' });
      ws = Workspace.create(file, names, { ...wsOptions(), overwrite: false });
    }
    try {
      const s = workspaceSummary(ws);
      const actions = countEntities(ws).actions;
      const what = values.sample ? `the sample workspace, with ${actions} action${actions === 1 ? '' : 's'}` : 'an empty workspace';
      io.stdout(`Created ${what}: ${s.path}\n${s.councilName}, ${s.boardName} (schema version ${s.schemaVersion}).\n`);
    } finally {
      ws.close();
    }
    return 0;
  },
};
