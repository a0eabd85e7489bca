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
import { importReturnCommand, kit, openKitCommand, returnCommand } from './exchange';
import { homes } from './homes';
import { evidence } from './evidence';
import { ics } from './ics';
import { INDICATOR_COMMANDS } from './indicators';
import { info } from './info';
import { init } from './init';
import { meetings } from './meetings';
import { minutes } from './minutes';
import { pack } from './pack';
import { pledge } from './pledge';
import { visitAdd, visitReport, visits } from './visits';
import { scorecard } from './scorecard';

export const COMMANDS: Readonly<Record<string, Command>> = {
  init,
  info,
  actions,
  'action-log': actionLog,
  meetings,
  agenda,
  pack,
  minutes,
  evidence,
  ics,
  pledge,
  check,
  backup,
  ...ATTACHMENT_COMMANDS,
  ...BACKUP_COMMANDS,
  homes,
  visits,
  // Two words: run.ts looks up "<command> <word>" first.
  'visit add': visitAdd,
  'visit-report': visitReport,
  kit,
  'open-kit': openKitCommand,
  return: returnCommand,
  'import-return': importReturnCommand,
  ...INDICATOR_COMMANDS,
  scorecard,
};
