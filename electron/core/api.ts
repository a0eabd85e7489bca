/**
 * The whole contract implemented over one open workspace. Electron main, the Playwright bridge
 * and tests call `dispatch`, which parses the input with the contract's schema and returns
 * errors as data; nothing here knows which of them is calling.
 *
 * Each area answers its own channels (`core/<area>/handlers.ts`); this file only registers them.
 * Adding an area: its folder, its channels in shared/ipc/channels.ts and contract.ts, and one line
 * in AREAS (docs/ARCHITECTURE.md, "How to add an area").
 */
import { contract, isChannel } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { localToday } from '../../shared/logic/dates';
import { actionsArea } from './actions/handlers';
import { annualReportArea } from './annualReport/handlers';
import { registerAreas, type AnyArea, type AreaContext, type Handlers } from './area';
import { attachmentsArea } from './attachments/handlers';
import { backupsArea } from './backups/handlers';
import { bodiesArea } from './bodies/handlers';
import { exchangeArea } from './exchange/handlers';
import { refuseInMemberWorkspace } from './exchange/memberGuard';
import { homesArea } from './homes/handlers';
import { invalidInput, toErrorData } from './errors';
import { evidenceArea } from './evidence/handlers';
import { evidenceFilesArea } from './evidenceFiles/handlers';
import { indicatorsArea } from './indicators/handlers';
import type { Host } from './host';
import { meetingsArea } from './meetings/handlers';
import { minutesArea } from './minutes/handlers';
import { minutesPrintArea } from './minutesPrint/handlers';
import { peopleArea } from './people/handlers';
import { pledgeArea } from './pledge/handlers';
import { createSession } from './session';
import { settingsArea } from './settings/handlers';
import { strategyArea } from './strategy/handlers';
import { voicesArea } from './voices/handlers';
import { visitsArea } from './visits/handlers';
import type { Workspace } from './workspace';

// The PDF stack (pdfmake, pdf-lib, fonts), the sample board and the calendar writer are imported
// inside the handlers that use them, so the app and the CLI start without loading them
// (tests/cli/lazyLoad.test.ts). Attaching a report loads pdf-lib the same way (attachments/checkPdf.ts).

export type { Handlers } from './area';

/** Every area, registered once: a channel answered twice, or not at all, fails at start. */
export const AREAS: readonly AnyArea[] = [
  settingsArea,
  peopleArea,
  bodiesArea,
  strategyArea,
  actionsArea,
  meetingsArea,
  attachmentsArea,
  minutesArea,
  minutesPrintArea,
  backupsArea,
  voicesArea,
  pledgeArea,
  homesArea,
  visitsArea,
  exchangeArea,
  indicatorsArea,
  evidenceArea,
  evidenceFilesArea,
  annualReportArea,
];

export interface Api {
  handlers: Handlers;
  /** Parses `input` with the channel's schema, runs the handler, and returns a result envelope. */
  dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  /** The open workspace, if any (for hosts that need it directly, such as the CLI). */
  readonly workspace: Workspace | null;
  close(): void;
}

export function createApi(host: Host): Api {
  const session = createSession(host);
  const ctx: AreaContext = { host, session, today: () => host.today?.() ?? localToday(), need: () => session.need() };
  const handlers = registerAreas(AREAS, ctx);

  async function dispatch(channel: string, input: unknown): Promise<IpcResult<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'PanelPack does not know that request.' } };
    }
    try {
      // A member's workspace is refused the board's writes before its input is even read.
      refuseInMemberWorkspace(session.current(), channel);
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) throw invalidInput(parsed.error);
      const handler = handlers[channel] as (i: unknown) => unknown;
      const data = await handler(parsed.data);
      return { ok: true, data };
    } catch (err) {
      const error = toErrorData(err);
      if (error.code === 'internal') host.log?.(err, channel);
      return { ok: false, error };
    }
  }

  return {
    handlers,
    dispatch,
    get workspace() {
      return session.current();
    },
    close: () => session.close(),
  };
}
