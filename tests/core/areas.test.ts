/** Every area registers its handlers into the one table, and the table is checked at start. */
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../electron/core/api';
import { defineArea, registerAreas, type AreaContext, type AnyArea } from '../../electron/core/area';
import { AREA_CHANNELS, AREA_NAMES, CHANNEL_NAMES } from '../../shared/ipc/channels';
import { CHANNELS } from '../../shared/ipc/contract';

const ctx = { host: {}, session: {}, today: () => '2026-11-22', need: () => { throw new Error('no workspace in this test'); } } as unknown as AreaContext;

describe('registering areas', () => {
  it("answers every channel of the contract exactly once, each by the area channels.ts lists it under", () => {
    const table = registerAreas(AREAS, ctx);
    expect(Object.keys(table).sort()).toEqual([...CHANNELS].sort());
    expect(AREAS.map((a) => a.name).sort()).toEqual([...AREA_NAMES].sort());
    for (const area of AREAS) expect(Object.keys(area.handlers(ctx)).sort()).toEqual([...AREA_CHANNELS[area.name]].sort());
  });

  it('derives the channel list from the areas, each channel once', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect(CHANNEL_NAMES.length).toBe(Object.values(AREA_CHANNELS).reduce((n, list) => n + list.length, 0));
  });

  it('fails at start when two areas answer the same channel', () => {
    const people = AREAS.find((a) => a.name === 'people') as AnyArea;
    expect(() => registerAreas([...AREAS, people], ctx)).toThrow(/Both the people and people areas answer people:list/);
  });

  it('fails at start when a channel has no handler, naming it', () => {
    expect(() => registerAreas(AREAS.filter((a) => a.name !== 'backups'), ctx)).toThrow(/No area answers backups:offer, backups:restore/);
  });

  it("fails at start when an area answers a channel that is not its own", () => {
    const stray = defineArea('backups', () => ({ 'backups:offer': () => null, 'backups:restore': () => { throw new Error('unused'); }, 'people:list': () => [] }) as never);
    expect(() => registerAreas([stray], ctx)).toThrow('The backups area answers people:list, which shared/ipc/channels.ts does not list under backups.');
  });
});
