/**
 * The sample board's data file (resources/sample/northbrook.json): its shape, its checks, and the
 * core inputs made from it. Fields are checked with the shared input schemas, so the sample is held
 * to exactly the rules a clerk's form is; every problem names the entry it was found in.
 */
import { readFileSync } from 'node:fs';
import { addMonths, format, startOfMonth, subDays } from 'date-fns';
import { z } from 'zod';
import { parseDate, shiftDate } from '../../../shared/logic/dates';
import {
  actionInput,
  actionUpdateInput,
  bodyInput,
  bodyMemberInput,
  personInput,
  pledgeInput,
  priorityInput,
  settingsInput,
  strategyInput,
  type ActionInput,
  type ActionUpdateInput,
  type BodyInput,
  type PersonInput,
  type PriorityInput,
  type SettingsInput,
  type StrategyInput,
} from '../../../shared/model/schemas';
import { AppError } from '../errors';
import { resourcePath } from '../resources';

const SAMPLE_PARTS = ['sample', 'northbrook.json'] as const;

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'Use a key of lower-case letters, digits and hyphens.' });
const wholeDays = (what: string) => z.number({ error: `Give ${what} as a whole number of days.` }).int({ error: `Give ${what} as a whole number of days.` });

const personEntry = z.strictObject({ key, ...personInput.shape });

const bodyEntry = z.strictObject({
  key,
  ...bodyInput.omit({ members: true }).shape,
  members: z.array(z.strictObject({ person: key, role: bodyMemberInput.shape.role })),
});

const strategyEntry = z.strictObject({
  // strategyInput carries a refinement, so zod will not omit from it; take the fields one by one.
  title: strategyInput.shape.title,
  status: strategyInput.shape.status,
  vision: strategyInput.shape.vision,
  startsMonthsAgo: wholeDays('startsMonthsAgo').min(0),
  lengthMonths: wholeDays('lengthMonths').min(1),
});

const priorityEntry = z.strictObject({
  number: z.number().int().positive(),
  ...priorityInput.omit({ leadBodyId: true }).shape,
  leadBody: key.nullable().default(null),
});

const updateEntry = z.strictObject({
  daysAgo: wholeDays('daysAgo').min(0, { error: 'An update cannot be dated after today: daysAgo must be 0 or more.' }),
  ...actionUpdateInput.omit({ actionId: true, date: true, authorId: true }).shape,
  /** Defaults to the action's owner. */
  author: key.optional(),
});

const actionEntry = z.strictObject({
  ...actionInput.omit({ priorityId: true, ownerId: true, leadBodyId: true, dueDate: true }).shape,
  priority: z.number().int().positive().nullable(),
  owner: key.nullable(),
  /** Defaults to the priority's lead body. */
  leadBody: key.nullable().optional(),
  dueInDays: wholeDays('dueInDays').nullable(),
  updates: z.array(updateEntry),
});

const sampleFile = z.strictObject({
  $comment: z.string().optional(),
  settings: z.strictObject({
    ...settingsInput.omit({ clerkName: true, clerkEmail: true }).shape,
    /** The person who clerks the board; their name and email fill the settings. */
    clerk: key,
  }),
  people: z.array(personEntry),
  bodies: z.array(bodyEntry),
  strategy: strategyEntry,
  priorities: z.array(priorityEntry),
  actions: z.array(actionEntry),
  pledges: z.array(z.strictObject(pledgeInput.shape)),
});

export type SampleData = z.output<typeof sampleFile>;
export type SampleAction = SampleData['actions'][number];
export type SampleUpdate = SampleAction['updates'][number];

/** Turns keys and priority numbers into record ids: placeholders while checking, real ids while building. */
export interface SampleRefs {
  person(key: string): string;
  body(key: string): string;
  priority(num: number): string;
}

export function settingsInputOf(d: SampleData): SettingsInput {
  const s = d.settings;
  const clerk = d.people.find((p) => p.key === s.clerk);
  return {
    councilName: s.councilName,
    boardName: s.boardName,
    clerkName: clerk?.name ?? '',
    clerkPhone: s.clerkPhone,
    clerkEmail: clerk?.email ?? '',
    reviewIntervalDays: s.reviewIntervalDays,
  };
}

export function personInputOf(p: SampleData['people'][number]): PersonInput {
  return { name: p.name, kind: p.kind, roleTitle: p.roleTitle, organisation: p.organisation, email: p.email, active: p.active };
}

export function bodyInputOf(b: SampleData['bodies'][number], refs: SampleRefs): BodyInput {
  return { name: b.name, kind: b.kind, chairRole: b.chairRole, members: b.members.map((m) => ({ personId: refs.person(m.person), role: m.role })) };
}

/** The period starts on the first of the month `startsMonthsAgo` months before today. */
export function strategyInputOf(s: SampleData['strategy'], today: string): StrategyInput {
  const start = startOfMonth(addMonths(parseDate(today), -s.startsMonthsAgo));
  const end = subDays(addMonths(start, s.lengthMonths), 1);
  const title = s.title.replaceAll('{startYear}', format(start, 'yyyy')).replaceAll('{endYear}', format(end, 'yyyy'));
  return { title, periodStart: format(start, 'yyyy-MM-dd'), periodEnd: format(end, 'yyyy-MM-dd'), status: s.status, vision: s.vision };
}

export function priorityInputOf(p: SampleData['priorities'][number], refs: SampleRefs): PriorityInput {
  return { title: p.title, description: p.description, why: p.why, what: p.what, how: p.how, leadBodyId: p.leadBody === null ? null : refs.body(p.leadBody) };
}

/**
 * An action is added as a clerk would add it: not started, unless it has no updates to move it on.
 * Its updates then carry it to the status in the file.
 */
export function actionInputOf(d: SampleData, a: SampleAction, refs: SampleRefs, today: string): ActionInput {
  const priority = a.priority === null ? undefined : d.priorities.find((p) => p.number === a.priority);
  const leadBody = a.leadBody === undefined ? (priority?.leadBody ?? null) : a.leadBody;
  return {
    priorityId: a.priority === null ? null : refs.priority(a.priority),
    reference: a.reference,
    title: a.title,
    description: a.description,
    ownerId: a.owner === null ? null : refs.person(a.owner),
    leadBodyId: leadBody === null ? null : refs.body(leadBody),
    dueDate: a.dueInDays === null ? null : shiftDate(today, a.dueInDays),
    status: a.updates.length > 0 ? 'not_started' : a.status,
    principles: a.principles,
    source: a.source,
  };
}

export function updateInputOf(a: SampleAction, u: SampleUpdate, actionId: string, refs: SampleRefs, today: string): ActionUpdateInput {
  const author = u.author ?? a.owner;
  return { actionId, date: shiftDate(today, -u.daysAgo), text: u.text, authorId: author === null ? null : refs.person(author), rag: u.rag, status: u.status };
}

/** "actions[12] (\"2.5\") updates[1].rag" from a path into the file. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = raw;
  for (const [i, part] of path.entries()) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined;
    out += typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`;
    if (typeof part === 'number' && node !== null && typeof node === 'object') {
      const e = node as Record<string, unknown>;
      const label = [e.reference, e.key, e.heading, e.title, e.number].find((v) => typeof v === 'string' || typeof v === 'number');
      if (label !== undefined && path[i + 1] !== undefined) out += ` ("${String(label)}")`;
    }
  }
  return out || 'the file';
}

class Problems {
  readonly list: string[] = [];
  constructor(private readonly raw: unknown) {}
  add(path: readonly PropertyKey[], message: string): void {
    this.list.push(`${describePath(this.raw, path)}: ${message}`);
  }
  /** Runs a shared input schema over an input made from the entry at `path`. */
  check(schema: z.ZodType, input: unknown, path: readonly PropertyKey[]): void {
    const r = schema.safeParse(input);
    if (!r.success) for (const issue of r.error.issues) this.add([...path, ...issue.path], issue.message);
  }
  throwIfAny(): void {
    if (this.list.length > 0) this.fail();
  }
  fail(): never {
    const first = this.list[0] ?? 'the file could not be read';
    const more = this.list.length > 1 ? ` (and ${this.list.length - 1} more problem${this.list.length === 2 ? '' : 's'})` : '';
    throw new AppError('internal', `The sample board that comes with PanelPack is not valid: ${first}${more}. Reinstall PanelPack.`);
  }
}

/** Keys, numbers, order and cross-references that the field schemas cannot see. */
function checkReferences(d: SampleData, p: Problems): void {
  const people = new Set<string>();
  d.people.forEach((x, i) => {
    if (people.has(x.key)) p.add(['people', i, 'key'], `the key "${x.key}" is used twice`);
    people.add(x.key);
  });
  const needPerson = (k: string, path: PropertyKey[]) => {
    if (!people.has(k)) p.add(path, `there is no person with the key "${k}"`);
  };
  needPerson(d.settings.clerk, ['settings', 'clerk']);
  const bodies = new Set<string>();
  d.bodies.forEach((b, i) => {
    if (bodies.has(b.key)) p.add(['bodies', i, 'key'], `the key "${b.key}" is used twice`);
    bodies.add(b.key);
    b.members.forEach((m, j) => needPerson(m.person, ['bodies', i, 'members', j, 'person']));
  });
  const needBody = (k: string | null | undefined, path: PropertyKey[]) => {
    if (k && !bodies.has(k)) p.add(path, `there is no board or group with the key "${k}"`);
  };
  d.priorities.forEach((x, i) => {
    if (x.number !== i + 1) p.add(['priorities', i, 'number'], `priorities must be numbered 1, 2, 3… in order, so this one should be ${i + 1}`);
    needBody(x.leadBody, ['priorities', i, 'leadBody']);
  });
  const references = new Set<string>();
  d.actions.forEach((a, i) => {
    if (a.priority !== null && (a.priority < 1 || a.priority > d.priorities.length)) p.add(['actions', i, 'priority'], `there is no priority ${a.priority}`);
    if (a.owner !== null) needPerson(a.owner, ['actions', i, 'owner']);
    needBody(a.leadBody, ['actions', i, 'leadBody']);
    if (a.reference) {
      if (references.has(a.reference)) p.add(['actions', i, 'reference'], `the reference "${a.reference}" is used twice`);
      references.add(a.reference);
    }
    if (a.principles.length === 0) p.add(['actions', i, 'principles'], 'tag at least one principle');
    a.updates.forEach((u, j) => {
      if (u.author !== undefined) needPerson(u.author, ['actions', i, 'updates', j, 'author']);
      const before = a.updates[j - 1];
      if (before && u.daysAgo > before.daysAgo) p.add(['actions', i, 'updates', j, 'daysAgo'], 'updates must be listed oldest first');
    });
    const last = a.updates.at(-1);
    if (last && last.status !== a.status) p.add(['actions', i, 'status'], `the status must match the latest update ("${last.status}")`);
  });
}

const PLACEHOLDER_ACTION_ID = '00000000-0000-4000-8000-000000000000';

/** Placeholder ids, so that the shared schemas can check the inputs before anything is created. */
function placeholderRefs(d: SampleData): SampleRefs {
  const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const index = (list: { key: string }[], k: string, base: number) => uuid(base + Math.max(0, list.findIndex((x) => x.key === k)));
  return { person: (k) => index(d.people, k, 0x1000), body: (k) => index(d.bodies, k, 0x2000), priority: (n) => uuid(0x3000 + n) };
}

/** Checks the whole file with the shared schemas (today only fills in relative dates). */
export function parseSampleData(raw: unknown, today: string): SampleData {
  const problems = new Problems(raw);
  const parsed = sampleFile.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(issue.path, issue.message);
    return problems.fail();
  }
  const d = parsed.data;
  checkReferences(d, problems);
  problems.throwIfAny();
  const refs = placeholderRefs(d);
  problems.check(settingsInput, settingsInputOf(d), ['settings']);
  d.people.forEach((x, i) => problems.check(personInput, personInputOf(x), ['people', i]));
  d.bodies.forEach((x, i) => problems.check(bodyInput, bodyInputOf(x, refs), ['bodies', i]));
  problems.check(strategyInput, strategyInputOf(d.strategy, today), ['strategy']);
  d.priorities.forEach((x, i) => problems.check(priorityInput, priorityInputOf(x, refs), ['priorities', i]));
  d.actions.forEach((a, i) => {
    problems.check(actionInput, actionInputOf(d, a, refs, today), ['actions', i]);
    a.updates.forEach((u, j) => problems.check(actionUpdateInput, updateInputOf(a, u, PLACEHOLDER_ACTION_ID, refs, today), ['actions', i, 'updates', j]));
  });
  d.pledges.forEach((x, i) => problems.check(pledgeInput, x, ['pledges', i]));
  problems.throwIfAny();
  return d;
}

/** Reads and checks resources/sample/northbrook.json. */
export function loadSampleData(today: string): SampleData {
  const file = resourcePath(...SAMPLE_PARTS);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('internal', `PanelPack cannot find its sample board (${SAMPLE_PARTS.join('/')}). Reinstall PanelPack.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new AppError('internal', `The sample board that comes with PanelPack is not valid: it is not readable JSON (${(err as Error).message}). Reinstall PanelPack.`);
  }
  return parseSampleData(raw, today);
}
