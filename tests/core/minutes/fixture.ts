/**
 * A board with members (a chair, a vice-chair, councillors, a young people's representative), an
 * officer who is not a member, and two meetings: one held in October (with a Part II item and a
 * sub-item) and one in November, after it, to approve its minutes. Opened through the contract.
 */
import { createBody } from '../../../electron/core/bodies/mutations';
import { addAgendaItem } from '../../../electron/core/meetings/agendaWrites';
import { createMeeting, setMeetingStatus } from '../../../electron/core/meetings/mutations';
import { setQuorum } from '../../../electron/core/meetings/templates';
import { createPerson } from '../../../electron/core/people/mutations';
import type { Api } from '../../../electron/core/api';
import type { ChannelName } from '../../../shared/ipc/channels';
import type { InputOf, ResultOf } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/errors';
import { apiOpening } from '../../helpers/host';
import { newWorkspace } from '../../helpers/tempWorkspace';
import { TODAY } from '../../helpers/today';

export interface MinutesBoard {
  path: string;
  api: Api;
  people: { chair: string; vice: string; cllrA: string; cllrB: string; youngRep: string; officer: string; substitute: string };
  october: string;
  november: string;
  future: string;
  /** October's items: the standing items, then "Care leavers' offer" (with sub-item), "Placement sufficiency" (Part II). */
  items: { apologies: string; declarations: string; minutes: string; offer: string; offerSub: string; partII: string };
}

export async function minutesBoard(dir: string, name: string): Promise<MinutesBoard> {
  const ws = newWorkspace(dir, name);
  const person = (n: string, kind: 'member' | 'officer' | 'young_person' = 'member', roleTitle = '') => createPerson(ws, { name: n, kind, roleTitle }).id;
  const people = {
    chair: person('Cllr Amira Shah', 'member', 'Lead Member for Children'),
    vice: person('Cllr Ben Owusu'),
    cllrA: person('Cllr Carol Lee'),
    cllrB: person('Cllr Dev Patel'),
    youngRep: person('Jade', 'young_person', "Children in Care Council representative"),
    officer: person('Sam Ward', 'officer', 'Director of Children\'s Services'),
    substitute: person('Cllr Eve Grant'),
  };
  const body = createBody(ws, {
    name: 'Corporate Parenting Board',
    kind: 'board',
    members: [
      { personId: people.cllrA, role: 'member' },
      { personId: people.chair, role: 'chair' },
      { personId: people.vice, role: 'vice_chair' },
      { personId: people.cllrB, role: 'member' },
      { personId: people.youngRep, role: 'member' },
    ],
  });
  setQuorum(ws, { bodyId: body.id, quorum: 3 });
  const october = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-10-15', startTime: '16:00', venue: 'Committee Room 1' }, TODAY).id;
  const offer = addAgendaItem(ws, { meetingId: october, title: "Care leavers' offer" }, TODAY).id;
  const offerSub = addAgendaItem(ws, { meetingId: october, parentId: offer, title: 'Local offer website' }, TODAY).id;
  const partII = addAgendaItem(ws, { meetingId: october, title: 'Placement sufficiency: named providers', part: 2, exemptParagraph: 3, publicTitle: 'Placement sufficiency' }, TODAY).id;
  setMeetingStatus(ws, { id: october, status: 'published', publishedOn: '2026-10-06' }, TODAY);
  const november = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-11-19', startTime: '16:00' }, TODAY).id;
  const future = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-12-17', startTime: '16:00' }, TODAY).id;
  const standing = (key: string) => ws.db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ? AND standing_key = ?').pluck().get(october, key) as string;
  const items = { apologies: standing('apologies'), declarations: standing('declarations'), minutes: standing('minutes'), offer, offerSub, partII };
  const path = ws.path;
  ws.close();
  const api = apiOpening(path, { dir, actor: 'clerk' });
  const opened = await api.dispatch('workspace:open', {});
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return { path, api, people, october, november, future, items };
}

/** Calls a channel that must succeed. */
export async function call<C extends ChannelName>(api: Api, channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await api.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as ResultOf<C>;
}

/** Calls a channel that must fail; answers its error. */
export async function refused(api: Api, channel: ChannelName, input: unknown): Promise<Extract<IpcResult<unknown>, { ok: false }>['error']> {
  const r = await api.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel}: expected a refusal, got ${JSON.stringify(r.data).slice(0, 200)}`);
  return r.error;
}
