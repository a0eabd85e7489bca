/** The Pledge tracker over real files: links, evidence dates, the clerk's judgement and the suggested status. */
import { afterAll, describe, expect, it } from 'vitest';
import { addUpdate, createAction } from '../../../electron/core/actions/mutations';
import { judgePledge, linkPledge } from '../../../electron/core/pledge/mutations';
import { pledgeTracker } from '../../../electron/core/pledge/queries';
import { createPledge, deletePledge } from '../../../electron/core/strategy/mutations';
import { createVoice } from '../../../electron/core/voices/mutations';
import { suggestPledgeStatus } from '../../../shared/logic/pledgeStatus';
import type { PledgeAction } from '../../../shared/model/voices';
import { board, snapshot, TODAY } from '../../helpers/board';
import { apiOpening } from '../../helpers/host';
import { tempDir } from '../../helpers/tempWorkspace';

const t = tempDir('panelpack-pledge-');
afterAll(() => t.cleanup());

function setUp(name: string) {
  const b = board(t.dir, name);
  const home = createPledge(b.ws, { heading: 'A home where you feel safe', promise: 'We will not move you without talking to you first.', audience: 'children_in_care' });
  const money = createPledge(b.ws, { heading: 'Money and your future', promise: 'We will help you with money and bills.', audience: 'care_leavers' });
  const a10 = createAction(b.ws, { priorityId: b.priorityIds[0], title: 'Placement moves planned with the child', dueDate: '2026-12-31' });
  const a2 = createAction(b.ws, { priorityId: b.priorityIds[0], title: 'Sufficiency review', dueDate: '2026-11-01' });
  addUpdate(b.ws, { actionId: a10.id, date: '2026-10-03', text: 'Started.', rag: 'green', status: 'in_progress' }, TODAY);
  addUpdate(b.ws, { actionId: a10.id, date: '2026-11-10', text: 'Going well.', rag: 'green', status: 'in_progress' }, TODAY);
  return { ...b, home, money, a10, a2 };
}

const action = (over: Partial<PledgeAction>): PledgeAction => ({ id: 'x', reference: '1.1', title: 't', status: 'in_progress', rag: 'green', dueDate: null, latestUpdateDate: '2026-11-01', overdue: false, ...over });

describe('the suggested status', () => {
  it('follows the linked actions, leaving dropped ones out', () => {
    expect(suggestPledgeStatus([])).toEqual({ status: 'not_started', reason: 'No action is linked to this promise yet.' });
    expect(suggestPledgeStatus([action({ status: 'dropped' })]).status).toBe('not_started');
    expect(suggestPledgeStatus([action({ status: 'not_started', rag: null, latestUpdateDate: null })])).toEqual({ status: 'not_started', reason: '1 linked action not started.' });
    expect(suggestPledgeStatus([action({ status: 'complete' }), action({ status: 'dropped', rag: 'red' })])).toEqual({ status: 'kept', reason: 'The linked action is complete.' });
    expect(suggestPledgeStatus([action({ status: 'complete', rag: 'red' }), action({})])).toEqual({ status: 'in_progress', reason: '1 of 2 linked actions complete; none Red, blocked or overdue.' });
    expect(suggestPledgeStatus([action({ rag: 'amber' })]).status).toBe('in_progress');
    expect(suggestPledgeStatus([action({ rag: 'red' }), action({ status: 'blocked' }), action({ overdue: true })])).toEqual({
      status: 'at_risk',
      reason: '1 action Red, 1 action blocked, 1 action overdue.',
    });
  });
});

describe('the Pledge tracker', () => {
  it('shows each promise with its actions (RAG), voice records, indicator codes and the day it was last evidenced', () => {
    const s = setUp('tracker.panelpack');
    expect(pledgeTracker(s.ws, TODAY).map((e) => [e.heading, e.status, e.suggestedStatus, e.lastEvidenced])).toEqual([
      ['A home where you feel safe', 'not_started', 'not_started', null],
      ['Money and your future', 'not_started', 'not_started', null],
    ]);
    linkPledge(s.ws, { pledgeId: s.home.id, actionIds: [s.a2.id, s.a10.id], indicatorCodes: ['placement_stability_3plus', 'placed_over_20_miles'] }, TODAY);
    createVoice(s.ws, { source: 'bright_spots', heardOn: '2026-09-01', ageGroup: '8_to_12', theme: 'Moves', youSaid: 'Nobody told me I was moving.', pledgeIds: [s.home.id] });
    createVoice(s.ws, {
      source: 'children_in_care_council',
      heardOn: '2026-07-01',
      ageGroup: 'mixed',
      theme: 'Moves',
      youSaid: 'Moves happen on Fridays.',
      outcome: 'we_did',
      outcomeText: 'No planned moves on Fridays now.',
      outcomeOn: '2026-11-15',
      pledgeIds: [s.home.id],
    });
    const [home, money] = pledgeTracker(s.ws, TODAY);
    expect(home?.actions.map((a) => [a.reference, a.status, a.rag, a.overdue, a.latestUpdateDate])).toEqual([
      ['1.1', 'in_progress', 'green', false, '2026-11-10'],
      ['1.2', 'not_started', null, true, null],
    ]);
    expect(home?.voices.map((v) => v.heardOn)).toEqual(['2026-09-01', '2026-07-01']);
    expect(home?.indicatorCodes).toEqual(['placed_over_20_miles', 'placement_stability_3plus']);
    // The answer of 15 November is later than the last action update (10 November).
    expect(home?.lastEvidenced).toBe('2026-11-15');
    expect(home?.suggestedStatus).toBe('at_risk');
    expect(home?.suggestionReason).toBe('1 action overdue.');
    expect(money?.actions).toEqual([]);

    addUpdate(s.ws, { actionId: s.a10.id, date: '2026-11-20', text: 'Done.', rag: 'green', status: 'complete' }, TODAY);
    expect(pledgeTracker(s.ws, TODAY)[0]?.lastEvidenced).toBe('2026-11-20');
    s.ws.close();
  });

  it("records the clerk's judgement in the change log, and refuses bad input with nothing written", () => {
    const s = setUp('judge.panelpack');
    const judged = judgePledge(s.ws, { pledgeId: s.home.id, status: 'at_risk', note: 'Two moves at short notice this month.', on: '2026-11-21' }, TODAY);
    expect(judged).toMatchObject({ status: 'at_risk', statusNote: 'Two moves at short notice this month.', statusOn: '2026-11-21' });
    const logged = s.ws.db.prepare("SELECT changes FROM change_log WHERE entity = 'pledge' AND entity_id = ? AND operation = 'update'").pluck().all(s.home.id) as string[];
    expect(JSON.parse(logged.at(-1) ?? '{}')).toEqual({ status: ['not_started', 'at_risk'], status_note: ['', 'Two moves at short notice this month.'], status_on: [null, '2026-11-21'] });

    const before = snapshot(s.ws);
    expect(() => judgePledge(s.ws, { pledgeId: s.home.id, status: 'sort of' as never, on: '2026-11-21' }, TODAY)).toThrow('Choose kept, in progress, at risk or not started.');
    expect(() => linkPledge(s.ws, { pledgeId: s.home.id, actionIds: [s.a2.id, '0190a000-0000-7000-8000-00000000abcd'] }, TODAY)).toThrow('One linked action no longer exists.');
    expect(() => linkPledge(s.ws, { pledgeId: s.home.id, indicatorCodes: ['CLA count'] }, TODAY)).toThrow(/indicator code/);
    expect(() => judgePledge(s.ws, { pledgeId: '0190a000-0000-7000-8000-00000000abcd', status: 'kept', on: '2026-11-21' }, TODAY)).toThrow('no longer exists');
    expect(snapshot(s.ws)).toEqual(before);
    s.ws.close();
  });

  it('drops the links of a deleted promise, and answers through the contract', async () => {
    const s = setUp('contract.panelpack');
    linkPledge(s.ws, { pledgeId: s.money.id, actionIds: [s.a2.id], indicatorCodes: ['care_leavers_eet'] }, TODAY);
    deletePledge(s.ws, s.money.id);
    expect(s.ws.db.prepare('SELECT count(*) FROM pledge_actions').pluck().get()).toBe(0);
    expect(s.ws.db.prepare('SELECT count(*) FROM pledge_indicators').pluck().get()).toBe(0);
    const path = s.ws.path;
    s.ws.close();
    const api = apiOpening(path, { dir: t.dir });
    await api.dispatch('workspace:open', {});
    const linked = await api.dispatch('pledge:link', { pledgeId: s.home.id, actionIds: [s.a10.id] });
    expect(linked).toMatchObject({ ok: true, data: { heading: 'A home where you feel safe', suggestedStatus: 'in_progress', lastEvidenced: '2026-11-10' } });
    const refused = await api.dispatch('pledge:judge', { pledgeId: s.home.id, status: 'kept' });
    expect(refused.ok === false && refused.error.code).toBe('invalid_input');
    expect(refused.ok === false && Object.keys(refused.error.fields ?? {})).toEqual(['on']);
    const tracker = await api.dispatch('pledge:tracker', {});
    expect(tracker.ok && (tracker.data as unknown[]).length).toBe(1);
    api.close();
  });
});
