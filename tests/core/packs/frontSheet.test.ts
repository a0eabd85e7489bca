/**
 * What the front sheet and agenda say, read back from the real PDFs: membership split as councils
 * print it, standing items that say which meetings they are about, and DRAFT on every page of papers
 * printed from a meeting that is not published (and nowhere on published ones).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileBytes } from '../../../electron/core/attachments/files';
import { updateBody } from '../../../electron/core/bodies/mutations';
import { meetingAgenda } from '../../../electron/core/meetings/agenda';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { printAgenda, printPack, publishMeeting } from '../../../electron/core/packs/publish';
import { createPerson } from '../../../electron/core/people/mutations';
import { listPeople } from '../../../electron/core/people/queries';
import { outlineTitles, readPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';
import { packBoard, TODAY } from './packBoard';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

type Fixture = Awaited<ReturnType<typeof packBoard>>;

/** The pack board with an officer, a young person and a partner on the board, and meetings before and after. */
async function fullBoard(): Promise<Fixture> {
  const f = await packBoard(t.dir, { reportPages: 1 });
  const officer = createPerson(f.ws, { name: 'Olu Officer', kind: 'officer', roleTitle: "Director of Children's Services" });
  const young = createPerson(f.ws, { name: 'Yasmin Young', kind: 'young_person', roleTitle: 'Children in Care Council' });
  const partner = createPerson(f.ws, { name: 'Nell Nurse', kind: 'partner', roleTitle: 'Designated Nurse' });
  const byName = new Map(listPeople(f.ws).map((p) => [p.name, p.id]));
  const id = (name: string): string => byName.get(name) ?? '';
  updateBody(f.ws, f.bodyId, {
    name: 'Corporate Parenting Board',
    kind: 'board',
    members: [
      { personId: id('Cllr Ann Chair'), role: 'chair' },
      { personId: id('Cllr Bob Vice'), role: 'vice_chair' },
      { personId: id('Cllr Cat Member'), role: 'member' },
      { personId: officer.id, role: 'member' },
      { personId: young.id, role: 'member' },
      { personId: partner.id, role: 'member' },
    ],
  });
  createMeeting(f.ws, { bodyId: f.bodyId, meetingDate: '2026-08-20', startTime: '14:00' }, TODAY);
  createMeeting(f.ws, { bodyId: f.bodyId, meetingDate: '2026-06-18', startTime: '14:00' }, TODAY);
  createMeeting(f.ws, { bodyId: f.bodyId, meetingDate: '2027-02-18', startTime: '14:00' }, TODAY);
  createMeeting(f.ws, { bodyId: f.bodyId, meetingDate: '2027-04-15', startTime: '14:00' }, TODAY);
  return f;
}

describe('the front sheet and agenda', () => {
  it('lists councillors (chair and vice-chair marked), co-opted members and young people, and officers in attendance, each under its heading', async () => {
    const f = await fullBoard();
    const result = await publishMeeting(f.ws, f.meeting.id, { today: TODAY });
    const agenda = await readPack(fileBytes(f.ws, result.publications.find((p) => p.kind === 'agenda')?.fileSha256 ?? ''));
    const front = agenda.pages[0]?.text ?? '';
    const at = (s: string): number => {
      const i = front.indexOf(s);
      expect(i, `"${s}" on the front sheet`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const councillors = at('Councillors');
    const coopted = at("Co-opted members and young people's representatives");
    const officers = at('Officers in attendance');
    expect(councillors).toBeLessThan(coopted);
    expect(coopted).toBeLessThan(officers);
    const chair = at('Councillor Ann Chair (Chair)');
    const vice = at('Councillor Bob Vice (Vice-chair)');
    const member = at('Councillor Cat Member');
    expect([councillors < chair, chair < vice, vice < member, member < coopted]).toEqual([true, true, true, true]);
    for (const s of ['Yasmin Young, Children in Care Council', 'Nell Nurse, Designated Nurse']) expect(at(s)).toBeGreaterThan(coopted);
    expect(at("Olu Officer, Director of Children's Services")).toBeGreaterThan(officers);
    // The names already say "Cllr": not titled twice; officers and young people are not councillors.
    expect(front).not.toMatch(/Councillor Cllr|Councillor (Olu|Yasmin|Nell)/);
    f.ws.close();
  });

  it('standing items name the previous meeting whose minutes are approved and the date of the next meeting', async () => {
    const f = await fullBoard();
    const result = await publishMeeting(f.ws, f.meeting.id, { today: TODAY });
    const read = async (kind: string) => readPack(fileBytes(f.ws, result.publications.find((p) => p.kind === kind)?.fileSha256 ?? ''));
    const [agenda, members, pub] = [await read('agenda'), await read('members_pack'), await read('public_pack')];
    for (const doc of [agenda, members, pub]) {
      const text = doc.pages.map((p) => p.text).join('\n');
      expect(text).toContain('Minutes of the meeting held on Thursday 20 August 2026');
      expect(text).toContain('Date of next meeting: Thursday 18 February 2027');
      expect(text).not.toContain('Minutes of the previous meeting');
    }
    expect(outlineTitles(members.outline)).toEqual(expect.arrayContaining(['3 Minutes of the meeting held on Thursday 20 August 2026', '8 Date of next meeting: Thursday 18 February 2027']));
    // The app's agenda shows the same titles (AgendaItem.printedTitle); the stored title is unchanged.
    const printed = meetingAgenda(f.ws, f.meeting.id, TODAY).entries.flatMap((e) => (e.kind === 'item' && e.standingKey !== null ? [[e.title, e.printedTitle]] : []));
    expect(printed).toEqual(
      expect.arrayContaining([
        ['Minutes of the previous meeting', 'Minutes of the meeting held on Thursday 20 August 2026'],
        ['Date of next meeting', 'Date of next meeting: Thursday 18 February 2027'],
      ]),
    );
    f.ws.close();
  });

  it('papers printed from a draft meeting say DRAFT on every page and are not "published"; published papers never say DRAFT', async () => {
    const f = await fullBoard();
    const out = (name: string): string => join(t.dir, name);
    await printPack(f.ws, { meetingId: f.meeting.id, version: 'members', today: TODAY, out: out('draft-pack.pdf') });
    await printAgenda(f.ws, { meetingId: f.meeting.id, version: 'public', today: TODAY, out: out('draft-agenda.pdf') });
    for (const name of ['draft-pack.pdf', 'draft-agenda.pdf']) {
      const doc = await readPack(readFileSync(out(name)));
      expect(doc.pages.length).toBeGreaterThan(1);
      doc.pages.forEach((p, i) => expect(p.text, `${name} page ${i + 1}`).toContain('DRAFT'));
      expect(doc.pages[0]?.text).toContain('DRAFT: these papers have not been published');
      expect(doc.pages.map((p) => p.text).join('\n')).not.toMatch(/published Sunday 22 November 2026|Published Sunday/);
    }

    const result = await publishMeeting(f.ws, f.meeting.id, { today: TODAY });
    for (const p of result.publications) {
      const doc = await readPack(fileBytes(f.ws, p.fileSha256));
      for (const page of doc.pages) expect(page.text).not.toContain('DRAFT');
      expect(doc.pages[0]?.text).toContain('Published Sunday 22 November 2026');
    }
    // Printed again after publishing: the day it was published, not the day it was printed.
    await printPack(f.ws, { meetingId: f.meeting.id, version: 'public', today: '2026-11-30', out: out('later.pdf') });
    const later = await readPack(readFileSync(out('later.pdf')));
    expect(later.pages[0]?.text).toContain('Published Sunday 22 November 2026');
    expect(later.pages.some((p) => p.text.includes('DRAFT'))).toBe(false);
    f.ws.close();
  });
});
