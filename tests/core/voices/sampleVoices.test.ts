/** The sample board's voice records and Pledge tracker, built as the app builds it, and its Pledge report naming nobody. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPeople } from '../../../electron/core/people/queries';
import { printPledgeReport } from '../../../electron/core/pledge/printReport';
import { pledgeTracker } from '../../../electron/core/pledge/queries';
import { buildSampleWorkspace } from '../../../electron/core/sample/buildSample';
import { listVoices } from '../../../electron/core/voices/queries';
import type { Workspace } from '../../../electron/core/workspace';
import { shiftDate } from '../../../shared/logic/dates';
import { VOICE_SOURCES } from '../../../shared/model/voices';
import { TODAY } from '../../helpers/board';
import { readPages } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir('panelpack-sample-voices-');
let ws: Workspace;
beforeAll(async () => {
  ws = await buildSampleWorkspace(join(t.dir, 'sample.panelpack'), { actor: 'sample', today: TODAY });
}, 60_000);
afterAll(() => {
  ws.close();
  t.cleanup();
});

describe('the sample board: voices and the Pledge', () => {
  it('has twelve anonymised voice records across every source, answered and not', () => {
    const voices = listVoices(ws);
    expect(voices).toHaveLength(12);
    expect(new Set(voices.map((v) => v.source))).toEqual(new Set(VOICE_SOURCES));
    expect(new Set(voices.map((v) => v.outcome))).toEqual(new Set(['we_did', 'not_yet', 'pending']));
    for (const v of voices) {
      expect(v.heardOn <= TODAY, v.theme).toBe(true);
      expect(v.pledgeIds.length, v.theme).toBeGreaterThan(0);
      expect(v.actionIds.length, v.theme).toBeGreaterThan(0);
    }
    expect(voices[0]?.heardOn).toBe(shiftDate(TODAY, -20));
    const names = listPeople(ws).flatMap((p) => p.name.split(/[\s-]+/));
    const words = voices.map((v) => [v.theme, v.youSaid, v.weWill, v.outcomeText].join(' ')).join(' ');
    expect(names.filter((n) => words.includes(n))).toEqual([]);
    expect(ws.db.prepare("SELECT count(*) FROM change_log WHERE entity = 'voice' AND operation = 'insert'").pluck().get()).toBe(12);
  });

  it('links every promise of the Pledge to actions and voice, and judges all but one', () => {
    const tracker = pledgeTracker(ws, TODAY);
    expect(tracker).toHaveLength(8);
    for (const e of tracker) {
      expect(e.actions.length, e.heading).toBeGreaterThan(0);
      expect(e.voices.length, e.heading).toBeGreaterThan(0);
      expect(e.lastEvidenced, e.heading).not.toBeNull();
    }
    expect(tracker.map((e) => [e.heading, e.status])).toEqual([
      ['Your voice', 'kept'],
      ['Family and friends', 'in_progress'],
      ['A home where you feel safe', 'at_risk'],
      ['Healthy and happy', 'in_progress'],
      ['Your education', 'in_progress'],
      ['A place to call your own', 'in_progress'],
      ['Always in your corner', 'in_progress'],
      ['Money and your future', 'not_started'],
    ]);
    expect(tracker[7]?.statusOn).toBeNull();
    expect(tracker[2]?.suggestedStatus).toBe('at_risk');
    expect(tracker[2]?.indicatorCodes).toEqual(['long_term_stability', 'missing_children', 'placed_over_20_miles', 'placement_stability_3plus']);
  });

  it('prints the Pledge report from the sample, naming nobody', async () => {
    const out = join(t.dir, 'sample pledge.pdf');
    const { pages } = await printPledgeReport(ws, { today: TODAY, out });
    const bytes = readFileSync(out);
    if (process.env.PLEDGE_REPORT_COPY) (await import('node:fs')).writeFileSync(process.env.PLEDGE_REPORT_COPY, bytes);
    const text = (await readPages(bytes)).map((p) => p.text).join('\n');
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain('You said: We tell the board what we think, and then we never hear anything back.');
    expect(text).toContain('Not yet, because: There are not yet enough foster homes to plan every move.');
    const parts = listPeople(ws).flatMap((p) => p.name.split(/[\s-]+/));
    expect(parts.filter((n) => text.includes(n))).toEqual([]);
  });
});
