/**
 * Every `panelpack` command by name, one module each (attach and detach share one, as do backups
 * and restore), loaded only when that command runs: a command that prints text never pays for
 * the validation schemas, PDF stack or exchange code the others need (bench/startup.ts measures
 * it; tests/cli/lazyLoad.test.ts checks what loads). A new command: its module, its line below,
 * and its lines in usage.ts.
 */
import type { Command } from '../command';

type Loader = () => Promise<Command>;

export const COMMANDS: Readonly<Record<string, Loader>> = {
  init: async () => (await import('./init')).init,
  info: async () => (await import('./info')).info,
  actions: async () => (await import('./actions')).actions,
  'action-log': async () => (await import('./actionLog')).actionLog,
  meetings: async () => (await import('./meetings')).meetings,
  agenda: async () => (await import('./agenda')).agenda,
  pack: async () => (await import('./pack')).pack,
  minutes: async () => (await import('./minutes')).minutes,
  evidence: async () => (await import('./evidence')).evidence,
  ics: async () => (await import('./ics')).ics,
  pledge: async () => (await import('./pledge')).pledge,
  check: async () => (await import('./check')).check,
  backup: async () => (await import('./backup')).backup,
  attach: async () => (await import('./attachments')).ATTACHMENT_COMMANDS.attach,
  detach: async () => (await import('./attachments')).ATTACHMENT_COMMANDS.detach,
  backups: async () => (await import('./backups')).BACKUP_COMMANDS.backups,
  restore: async () => (await import('./backups')).BACKUP_COMMANDS.restore,
  homes: async () => (await import('./homes')).homes,
  visits: async () => (await import('./visits')).visits,
  // Two words: run.ts looks up "<command> <word>" first.
  'visit add': async () => (await import('./visits')).visitAdd,
  'visit-report': async () => (await import('./visits')).visitReport,
  kit: async () => (await import('./exchange')).kit,
  'open-kit': async () => (await import('./exchange')).openKitCommand,
  return: async () => (await import('./exchange')).returnCommand,
  'import-return': async () => (await import('./exchange')).importReturnCommand,
  'indicators import': async () => (await import('./indicators')).INDICATOR_COMMANDS['indicators import'],
  'indicators export': async () => (await import('./indicators')).INDICATOR_COMMANDS['indicators export'],
  'indicators template': async () => (await import('./indicators')).INDICATOR_COMMANDS['indicators template'],
  scorecard: async () => (await import('./scorecard')).scorecard,
};
