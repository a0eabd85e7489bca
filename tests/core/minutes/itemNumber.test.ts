/** The agenda number in SQL (core/meetings/itemNumber.ts) agrees with the agenda's own numbering (meetingAgenda). */
import { afterAll, describe, expect, it } from 'vitest';
import { addAgendaItem, reorderAgenda } from '../../../electron/core/meetings/agendaWrites';
import { meetingAgenda } from '../../../electron/core/meetings/agenda';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { itemNumbers } from '../../../electron/core/minutes/queries';
import { board, TODAY } from '../../helpers/board';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

describe('item numbers in SQL', () => {
  it('match the agenda, with sub-items, Part II items and the exclusion between them, after a reorder', () => {
    const { ws, bodyId } = board(t.dir, 'numbers.panelpack');
    const m = createMeeting(ws, { bodyId, meetingDate: '2026-12-17', startTime: '14:00' }, TODAY).id;
    const a = addAgendaItem(ws, { meetingId: m, title: 'A' }, TODAY).id;
    for (const title of ['A.1', 'A.2', 'A.3']) addAgendaItem(ws, { meetingId: m, parentId: a, title }, TODAY);
    const p = addAgendaItem(ws, { meetingId: m, title: 'Exempt', part: 2, exemptParagraph: 1 }, TODAY).id;
    addAgendaItem(ws, { meetingId: m, parentId: p, title: 'Exempt.1' }, TODAY);
    addAgendaItem(ws, { meetingId: m, title: 'Exempt too', part: 2, exemptParagraph: 3 }, TODAY);
    const check = () => {
      const fromAgenda = meetingAgenda(ws, m, TODAY).entries.flatMap((e) => (e.kind === 'item' ? [[e.id, e.number]] : []));
      const sql = itemNumbers(ws, m);
      expect(fromAgenda.length).toBeGreaterThan(10);
      for (const [id, number] of fromAgenda) expect(sql.get(id as string), number).toBe(number);
    };
    check();
    const top = ws.db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL ORDER BY position').pluck().all(m) as string[];
    reorderAgenda(ws, { meetingId: m, ids: [...top].reverse() }, TODAY);
    check();
    ws.close();
  });
});
