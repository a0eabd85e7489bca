/**
 * The one way an area plugs into the contract. Each `core/<area>/handlers.ts` exports
 * `defineArea('<area>', (ctx) => ({ ...one handler per channel... }))`; the compiler holds it to
 * exactly the channels shared/ipc/channels.ts lists for that area, and `registerAreas` builds the
 * one table at start, failing at once if two areas answer the same channel or one goes unanswered.
 */
import { AREA_CHANNELS, type AreaChannel, type AreaName } from '../../shared/ipc/channels';
import { CHANNELS, type Channel, type ParsedInputOf, type ResultOf } from '../../shared/ipc/contract';
import type { Host } from './host';
import type { Session } from './session';
import type { Workspace } from './workspace';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
export type Handlers = { [C in Channel]: Handler<C> };
export type AreaHandlers<A extends AreaName> = { [C in AreaChannel<A>]: Handler<C> };

/** What every area's handlers are given: the host, today's date, and the open workspace. */
export interface AreaContext {
  readonly host: Host;
  /** Today as YYYY-MM-DD (the host's clock, which tests pin). */
  readonly today: () => string;
  /** The open workspace; "Open a workspace first." when none is. */
  readonly need: () => Workspace;
  /** Opening, switching and closing the workspace file. */
  readonly session: Session;
}

export interface Area<A extends AreaName = AreaName> {
  readonly name: A;
  handlers(ctx: AreaContext): AreaHandlers<A>;
}

/** Any one area (the list in api.ts mixes them). */
export type AnyArea = { [A in AreaName]: Area<A> }[AreaName];

export function defineArea<A extends AreaName>(name: A, handlers: (ctx: AreaContext) => AreaHandlers<A>): Area<A> {
  return { name, handlers };
}

/** A delete channel's handler: `remove` run on the open workspace, answered with null. */
export function deleteBy(need: () => Workspace, remove: (ws: Workspace, id: string) => void): (input: { id: string }) => null {
  return ({ id }) => {
    remove(need(), id);
    return null;
  };
}

/** Every area's handlers in one table; throws (at start) on a channel answered twice, or not at all. */
export function registerAreas(areas: readonly AnyArea[], ctx: AreaContext): Handlers {
  const table: Record<string, { area: string; handler: unknown }> = {};
  for (const area of areas) {
    for (const [channel, handler] of Object.entries<unknown>(area.handlers(ctx))) {
      const other = Object.hasOwn(table, channel) ? table[channel] : undefined;
      if (other) throw new Error(`Both the ${other.area} and ${area.name} areas answer ${channel}: a channel has exactly one handler.`);
      if (!(AREA_CHANNELS[area.name] as readonly string[]).includes(channel)) {
        throw new Error(`The ${area.name} area answers ${channel}, which shared/ipc/channels.ts does not list under ${area.name}.`);
      }
      table[channel] = { area: area.name, handler };
    }
  }
  const missing = CHANNELS.filter((c) => !Object.hasOwn(table, c));
  if (missing.length > 0) throw new Error(`No area answers ${missing.join(', ')}: register its area in electron/core/api.ts.`);
  return Object.fromEntries(Object.entries(table).map(([c, { handler }]) => [c, handler])) as Handlers;
}
