/**
 * What an evidence pack is about, and which actions and agenda items (with their minutes) that
 * takes in. Every rule is here, in one place, and printed on the pack's cover in words
 * (`rule`), so a reader knows what was left out and why.
 *
 *  - priority n: the priority's actions; agenda items about it (the item's priority).
 *  - principle (a)–(g): actions and agenda items linked to the principle.
 *  - theme (a meeting): the meeting's theme priority, as "priority", plus every item of that meeting.
 *  - children-in-care / care-leavers (ILACS judges them separately): care leavers are principle (g)
 *    ("to prepare them for adulthood and independent living") and any priority whose title or
 *    description speaks of care leavers, leaving care, adulthood or independence; children in care
 *    are everything linked to principles (a)–(f), and anything unlinked that is not in a care
 *    leavers' priority; and the actions linked to the Pledge's promises to that audience. Those
 *    promises are listed in the summary.
 *    Indicators and voice records join by their links: principle (g) or a care leavers' priority
 *    or a promise to care leavers, and the rest for children in care.
 *  - a Pledge promise (its position n): the actions linked to it, the voice records and
 *    indicators linked to it, and the agenda items its actions arose from (with their minutes).
 *  - indicators and voice records (./evidenceData.ts) join the other scopes by their links to the
 *    scope's priority, principle or theme; a period and the annual report take every indicator
 *    and the voice records heard or answered in the window.
 *  - a period (from, to) and the annual report (the board's year, 1 April to 31 March, every
 *    priority): every action live in the period (raised by its end, and not completed or dropped
 *    before it began), with only the updates dated in it; the minutes of meetings held in it.
 */
import { longDate } from '../../../../shared/logic/dates';
import type { ActionRow, AgendaItem, Meeting, Priority } from '../../../../shared/model/entities';
import { PRINCIPLES, type PrincipleCode } from '../../../../shared/model/principles';
import { AppError } from '../../errors';

export const PRESETS = ['children-in-care', 'care-leavers', 'annual-report'] as const;
export type Preset = (typeof PRESETS)[number];

export type EvidenceScope =
  | { kind: 'priority'; number: number }
  | { kind: 'principle'; code: PrincipleCode }
  | { kind: 'theme'; meetingId: string }
  | { kind: 'preset'; preset: 'children-in-care' | 'care-leavers' }
  | { kind: 'annual'; year: string }
  | { kind: 'period'; from: string; to: string }
  | { kind: 'pledge'; number: number };

/** What an indicator or a voice record is linked to (its principles, priorities and Pledge promises; an indicator's code). */
export interface Links {
  principles: readonly PrincipleCode[];
  priorityIds: readonly string[];
  pledgeIds?: readonly string[];
  code?: string;
}

/** A Pledge promise as a scope needs it (core/pledge/queries.ts pledgeTracker). */
export interface ScopePledge {
  id: string;
  position: number;
  heading: string;
  audience: 'children_in_care' | 'care_leavers';
  actionIds: string[];
  indicatorCodes: string[];
  /** The agenda items its linked actions arose from. */
  sourceItemIds: string[];
}

/** A scope resolved against the workspace: its name, its rule in words, and its tests. */
export interface ResolvedScope {
  /** "Priority 2: Stable homes", "Annual report 2025-26". */
  title: string;
  /** The rule in words, printed on the cover. */
  rule: string;
  action(a: ActionRow, lastUpdate: string | null): boolean;
  item(i: AgendaItem, meeting: Meeting): boolean;
  /** Updates and meetings outside this window are left out (inclusive ISO dates). */
  from: string | null;
  to: string | null;
  /** The Pledge audience this scope speaks for, if any. */
  audience: 'children_in_care' | 'care_leavers' | null;
  /** An indicator or voice record in scope by its links (a voice record also by an action in scope, ./evidenceData.ts). */
  linked(l: Links): boolean;
  /** The Pledge promises listed in the summary. */
  promise(p: Pick<ScopePledge, 'id' | 'audience'>): boolean;
}

const LEAVERS = /care[- ]?leav|leaving care|adulthood|independen/i;

/** The board's year "2025-26": 1 April 2025 to 31 March 2026. */
export function boardYear(year: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(year.trim());
  const start = m ? Number(m[1]) : NaN;
  if (!m || (start + 1) % 100 !== Number(m[2])) throw new AppError('invalid_input', `"${year}" is not a board year. Write it as councils do, for example 2025-26 (1 April 2025 to 31 March 2026).`);
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

const principleName = (code: PrincipleCode): string => `principle (${code}), ${PRINCIPLES.find((p) => p.code === code)?.short ?? ''}`;

export interface ScopeContext {
  priorities: Priority[];
  meeting: (id: string) => Meeting | null;
  pledges: ScopePledge[];
}

export function resolveScope(scope: EvidenceScope, ctx: ScopeContext): ResolvedScope {
  const none = { from: null, to: null, audience: null, promise: () => false };
  const isLeaversPriority = (id: string | null): boolean => {
    const p = id ? ctx.priorities.find((x) => x.id === id) : undefined;
    return p ? LEAVERS.test(`${p.title} ${p.description}`) : false;
  };
  const leavers = (priorityId: string | null, principles: PrincipleCode[]): boolean => principles.includes('g') || isLeaversPriority(priorityId);
  const inCare = (priorityId: string | null, principles: PrincipleCode[]): boolean => principles.some((c) => c !== 'g') || (principles.length === 0 && !isLeaversPriority(priorityId));
  const byPledge = (aud: ScopePledge['audience'], l: Links): boolean => {
    const promises = ctx.pledges.filter((p) => p.audience === aud);
    return promises.some((p) => l.pledgeIds?.includes(p.id) || (l.code !== undefined && p.indicatorCodes.includes(l.code)));
  };
  /** The actions linked to the audience's promises. */
  const promised = (aud: ScopePledge['audience']): Set<string> => new Set(ctx.pledges.filter((p) => p.audience === aud).flatMap((p) => p.actionIds));
  const leaversLinks = (l: Links): boolean => l.principles.includes('g') || l.priorityIds.some(isLeaversPriority) || byPledge('care_leavers', l);
  const inCareLinks = (l: Links): boolean =>
    l.principles.some((c) => c !== 'g') || (l.principles.length === 0 && !l.priorityIds.some(isLeaversPriority) && !byPledge('care_leavers', l)) || byPledge('children_in_care', l);
  const live = (from: string, to: string) => (a: ActionRow, last: string | null) =>
    a.createdAt.slice(0, 10) <= to && !((a.status === 'complete' || a.status === 'dropped') && (last ?? a.updatedAt.slice(0, 10)) < from);

  switch (scope.kind) {
    case 'priority': {
      const p = ctx.priorities.find((x) => x.number === scope.number);
      if (!p) throw new AppError('not_found', `There is no priority ${scope.number} in the current strategy. The priorities are numbered 1 to ${ctx.priorities.length}.`);
      return { ...none, title: `Priority ${p.number}: ${p.title}`, rule: `The actions of priority ${p.number}, and the agenda items about it with their minutes.`, action: (a) => a.priorityId === p.id, item: (i) => i.priorityId === p.id, linked: (l) => l.priorityIds.includes(p.id) };
    }
    case 'principle':
      return {
        ...none,
        title: `Principle (${scope.code}): ${PRINCIPLES.find((p) => p.code === scope.code)?.short ?? ''}`,
        rule: `The actions and agenda items linked to ${principleName(scope.code)}, with their minutes.`,
        action: (a) => a.principles.includes(scope.code),
        item: (i) => i.principles.includes(scope.code),
        linked: (l) => l.principles.includes(scope.code),
      };
    case 'theme': {
      const m = ctx.meeting(scope.meetingId);
      if (!m) throw new AppError('not_found', `There is no meeting with the id "${scope.meetingId}". panelpack meetings lists them.`);
      if (!m.themePriorityId) throw new AppError('invalid_input', `The meeting of ${longDate(m.meetingDate)} has no theme. Choose its theme priority on the meeting page, or use --priority.`);
      const pid = m.themePriorityId;
      return {
        ...none,
        title: `Theme: priority ${m.themePriorityNumber}, ${m.themePriorityTitle} (meeting of ${longDate(m.meetingDate)})`,
        rule: `The meeting's theme, priority ${m.themePriorityNumber}: its actions, the agenda items about it with their minutes, and every item of the meeting of ${longDate(m.meetingDate)}.`,
        action: (a) => a.priorityId === pid,
        item: (i, meeting) => i.priorityId === pid || meeting.id === m.id,
        linked: (l) => l.priorityIds.includes(pid),
      };
    }
    case 'preset':
      return scope.preset === 'care-leavers'
        ? {
            ...none,
            audience: 'care_leavers',
            title: 'Care leavers',
            rule: 'Care leavers: actions and agenda items linked to principle (g) (adulthood and independent living) or in a priority about care leavers, leaving care, adulthood or independence; the Pledge promises to care leavers and the actions linked to them.',
            action: (a) => leavers(a.priorityId, a.principles) || promised('care_leavers').has(a.id),
            item: (i) => leavers(i.priorityId, i.principles),
            linked: leaversLinks,
            promise: (p) => p.audience === 'care_leavers',
          }
        : {
            ...none,
            audience: 'children_in_care',
            title: 'Children in care',
            rule: 'Children in care: actions and agenda items linked to principles (a) to (f), and those linked to none that are not in a priority about care leavers; the Pledge promises to children in care and the actions linked to them.',
            action: (a) => inCare(a.priorityId, a.principles) || promised('children_in_care').has(a.id),
            item: (i) => inCare(i.priorityId, i.principles),
            linked: inCareLinks,
            promise: (p) => p.audience === 'children_in_care',
          };
    case 'annual': {
      const { from, to } = boardYear(scope.year);
      return {
        from,
        to,
        audience: null,
        title: `Annual report ${scope.year.trim()}`,
        rule: `The board's year ${longDate(from)} to ${longDate(to)}, across every priority: each action live in the year (raised by its end, not completed or dropped before it began) with its updates in the year, and the minutes of the meetings held in it.`,
        action: live(from, to),
        item: (_i, meeting) => meeting.meetingDate >= from && meeting.meetingDate <= to,
        linked: () => true,
        promise: () => false,
      };
    }
    case 'period': {
      const { from, to } = scope;
      if (to < from) throw new AppError('invalid_input', `The period ends (${longDate(to)}) before it starts (${longDate(from)}). Give --from the earlier date.`);
      return {
        from,
        to,
        audience: null,
        title: `${longDate(from)} to ${longDate(to)}`,
        rule: `The period ${longDate(from)} to ${longDate(to)}: each action live in it (raised by its end, not completed or dropped before it began) with its updates in it, and the minutes of the meetings held in it.`,
        action: live(from, to),
        item: (_i, meeting) => meeting.meetingDate >= from && meeting.meetingDate <= to,
        linked: () => true,
        promise: () => false,
      };
    }
    case 'pledge': {
      const p = ctx.pledges.find((x) => x.position === scope.number);
      if (!p) throw new AppError('not_found', `There is no Pledge promise ${scope.number}. The promises are numbered 1 to ${ctx.pledges.length}; panelpack pledge lists them.`);
      const actions = new Set(p.actionIds);
      return {
        ...none,
        title: `Pledge promise ${p.position}: ${p.heading}`,
        rule: `Pledge promise ${p.position}, "${p.heading}": the actions, voice records and indicators linked to it, and the minuted items its actions arose from.`,
        action: (a) => actions.has(a.id),
        item: (i) => p.sourceItemIds.includes(i.id),
        linked: (l) => (l.pledgeIds?.includes(p.id) ?? false) || (l.code !== undefined && p.indicatorCodes.includes(l.code)),
        promise: (x) => x.id === p.id,
      };
    }
  }
}
