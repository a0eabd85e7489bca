/**
 * Every `panelpack` command by name, one module each (attach and detach share one, as do backups
 * and restore). A new command: its module here, its line below, and its lines in usage.ts.
 */
import type { Command } from '../command';
import { actionLog } from './actionLog';
import { actions } from './actions';
import { agenda } from './agenda';
import { ATTACHMENT_COMMANDS } from './attachments';
import { backup } from './backup';
import { BACKUP_COMMANDS } from './backups';
import { check } from './check';
import { ics } from './ics';
import { INDICATOR_COMMANDS } from './indicators';
import { info } from './info';
import { init } from './init';
import { meetings } from './meetings';
import { pack } from './pack';
import { scorecard } from './scorecard';

export const COMMANDS: Readonly<Record<string, Command>> = {
  init,
  info,
  actions,
  'action-log': actionLog,
  meetings,
  agenda,
  pack,
  ics,
  check,
  backup,
  ...ATTACHMENT_COMMANDS,
  ...BACKUP_COMMANDS,
  ...INDICATOR_COMMANDS,
  scorecard,
};
