/**
 * Minutes benchmark: a held meeting of 30 agenda items (24 substantive, two of them in Part II,
 * and the standing items), each minuted with two paragraphs, two resolutions (one with a vote) and
 * an action arising, with attendance and declarations; the minutes printed as the members' version
 * (with the confidential annex) and the public version. The minutes are written with SQL, as the
 * minutes area would write them. Time is wall-clock for making and saving the PDF, in process,
 * after one untimed print (the first layout in a process loads the fonts).
 * Run alone with `npx tsx bench/minutes.ts`; `npm run bench` runs it with the rest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createAction } from '../electron/core/actions/mutations';
import { createBody } from '../electron/core/bodies/mutations';
import { newId } from '../electron/core/db/ids';
import { addAgendaItem } from '../electron/core/meetings/agendaWrites';
import { meetingAgenda } from '../electron/core/meetings/agenda';
import { createMeeting } from '../electron/core/meetings/mutations';
import { printMinutes } from '../electron/core/packs/minutes/printMinutes';
import { createPerson } from '../electron/core/people/mutations';
import { Workspace } from '../electron/core/workspace';
import { ms } from './timing';

const TODAY = '2026-11-22';
const AT = '2026-12-17T16:00:00.000Z';
const PARA =
  'Members asked how the service would know whether the change was working for children, and officers explained the measures in the report and when the board would see them next. ';

export function seed(dir: string): { ws: Workspace; meetingId: string; items: number } {
  const ws = Workspace.create(join(dir, 'minutes-30.panelpack'), { councilName: 'Benchshire Council', boardName: 'Corporate Parenting Board' }, { actor: 'bench' });
  const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board' });
  const meeting = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Council Chamber' }, TODAY);
  const people = Array.from({ length: 9 }, (_, i) => createPerson(ws, { name: `Cllr Member ${i + 1}`, kind: 'member' }).id);
  const officer = createPerson(ws, { name: 'Director of Children’s Services', kind: 'officer' }).id;
  for (let i = 0; i < 24; i++) {
    const part2 = i >= 22;
    addAgendaItem(ws, { meetingId: meeting.id, title: `Substantive item ${i + 1}`, purpose: 'decision', presenter: 'Director', reportAuthor: 'Head of Service', ...(part2 ? { part: 2 as const, exemptParagraph: 1 } : {}) }, TODAY);
  }
  ws.db.prepare("UPDATE meetings SET status = 'held', published_on = '2026-12-08' WHERE id = ?").run(meeting.id);
  const run = (sql: string, ...p: unknown[]): void => {
    ws.db.prepare(sql).run(...p);
  };
  run(`INSERT INTO minutes (id, meeting_id, status, created_at, updated_at, updated_by) VALUES (?, ?, 'draft', ?, ?, 'bench')`, newId(), meeting.id, AT, AT);
  [...people, officer].forEach((id, i) =>
    run(
      `INSERT INTO minute_attendance (id, meeting_id, person_id, category, status, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench')`,
      newId(), meeting.id, id, i === people.length ? 'officer' : 'member', i === 3 ? 'apologies' : 'present', i, AT, AT,
    ),
  );
  const items = meetingAgenda(ws, meeting.id, TODAY).entries.filter((e) => e.kind === 'item');
  for (const [i, item] of items.entries()) {
    if (item.kind !== 'item') continue;
    run(
      `INSERT INTO item_minutes (item_id, meeting_id, text, public_summary, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'bench')`,
      item.id, meeting.id, `${PARA.repeat(3)}\n\n${PARA.repeat(2)}`, item.part === 2 ? 'The Board considered an exempt report in private and agreed its recommendations.' : '', AT, AT,
    );
    for (const position of [1, 2]) {
      const votes = position === 1 ? [7, 1, 0] : [null, null, null];
      run(
        `INSERT INTO resolutions (id, item_id, position, text, votes_for, votes_against, votes_abstained, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')`,
        newId(), item.id, position, `That the recommendations in paragraph ${position} of the report be agreed.`, ...votes, AT, AT,
      );
    }
    const a = createAction(ws, { title: `Action arising from item ${item.number}`, ownerId: officer, dueDate: '2027-03-31', source: 'meeting', sourceMeetingId: meeting.id });
    run('UPDATE actions SET source_item_id = ? WHERE id = ?', item.id, a.id);
    if (i % 10 === 0) {
      run(
        `INSERT INTO minute_declarations (id, meeting_id, person_id, item_id, category, nature, member_action, position, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'other_registrable', 'A family member works for a provider', 'took_no_part', ?, ?, ?, 'bench')`,
        newId(), meeting.id, people[0], item.id, i, AT, AT,
      );
    }
  }
  return { ws, meetingId: meeting.id, items: items.length };
}

export async function benchMinutes(dir: string): Promise<void> {
  const { ws, meetingId, items } = seed(dir);
  console.log(`\nMinutes PDF, a ${items}-item meeting`);
  try {
    // Once untimed: the first layout in a process loads the fonts.
    await printMinutes(ws, { meetingId, document: 'public', today: TODAY, out: join(dir, 'minutes-warm-up.pdf') });
    for (const document of ['members', 'public'] as const) {
      const start = performance.now();
      const r = await printMinutes(ws, { meetingId, document, today: TODAY, out: join(dir, `minutes-${document}.pdf`) });
      console.log(`  ${document === 'members' ? "members' (with annex)" : 'public              '}  ${ms(performance.now() - start)}, ${r.pages} pages`);
    }
  } finally {
    ws.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-bench-minutes-'));
  benchMinutes(dir)
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
