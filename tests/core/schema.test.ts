/**
 * Schema guard: the CHECK constraints must match the TypeScript enums, and the tables are those
 * of the migrations (tests/core/migrations.test.ts pins every shipped migration's SQL).
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  ACTION_SOURCES, ACTION_STATUSES, ATTENDANCE_CATEGORIES, ATTENDANCE_STATUSES, BODY_KINDS, BODY_ROLES, DECLARATION_ACTIONS, INTEREST_CATEGORIES, ITEM_OUTCOMES,
  MINUTE_NUMBERINGS, MINUTES_STATUSES, PERSON_KINDS, PLEDGE_AUDIENCES, RAGS, STRATEGY_STATUSES, VOTES,
} from '../../shared/model/enums';
import { EVIDENCE_VISIBILITIES } from '../../shared/model/evidenceFiles';
import { COMPARATORS, FREQUENCIES, INDICATOR_UNITS, POLARITIES } from '../../shared/model/indicators';
import { IDENTITY_OUTPUTS } from '../../shared/model/identity';
import { SECTION_PLACEMENTS } from '../../shared/model/annualReport';
import { PRINCIPLES } from '../../shared/model/principles';
import { AGE_GROUPS, PLEDGE_STATUSES, VOICE_OUTCOMES, VOICE_SOURCES } from '../../shared/model/voices';
import { EXCHANGE_ROLES, HOME_OWNERSHIPS, OPINIONS, VISIT_KINDS, VISIT_ORIGINS, VISIT_STATUSES } from '../../shared/model/visits';
import { newWorkspace, tempDir } from '../helpers/tempWorkspace';

const t = tempDir();
afterAll(() => t.cleanup());

describe('schema', () => {
  const ws = newWorkspace(t.dir, 'schema.panelpack');
  const sql = (ws.db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as {
    type: string;
    name: string;
    sql: string;
  }[]);

  it('has the tables of v1, the search tables of v2 and the meeting tables of v3, the minutes tables of v8, the voice and Pledge tables of v9, the visits tables of v10, the indicator tables of v11, the evidence files of v12, the annual report narrative sections of v13, the identity checks of v14 (v5 dropped action_latest; and the WAL marker, file bookkeeping like schema_migrations)', () => {
    expect(sql.filter((r) => r.type === 'table').map((r) => r.name)).toEqual([
      'action_principles', 'action_updates', 'actions', 'actions_search', 'actions_search_config', 'actions_search_data', 'actions_search_docsize',
      'actions_search_idx', 'agenda_item_principles', 'agenda_items', 'agenda_templates', 'attachments', 'bodies', 'body_members', 'change_log',
      'evidence_files', 'exchange_identity', 'extra_holidays', 'files', 'homes', 'identity_checks', 'indicator_principles', 'indicator_priorities', 'indicator_values', 'indicators',
      'item_minutes', 'meetings', 'member_kits', 'minute_attendance', 'minute_corrections', 'minute_declarations', 'minutes', 'panelpack_wal_marker',
      'people', 'plain_words', 'pledge_actions', 'pledge_indicators', 'pledges', 'principles', 'priorities', 'publications', 'recorded_votes',
      'report_sections', 'resolutions', 'return_imports', 'schema_migrations', 'strategies', 'visit_recommendations', 'visit_rota', 'visits', 'voice_actions',
      'voice_indicators', 'voice_pledges', 'voice_principles', 'voice_priorities', 'voices', 'workspace_settings',
    ]);
  });

  const checkOf = (table: string, column: string): string[] => {
    const def = sql.find((r) => r.name === table)?.sql ?? '';
    const m = new RegExp(`${column} IN \\(([^)]*)\\)`).exec(def);
    return (m?.[1] ?? '').split(',').map((s) => s.trim().replace(/'/g, ''));
  };

  it('CHECK constraints mirror the TypeScript enums', () => {
    expect(checkOf('actions', 'status')).toEqual([...ACTION_STATUSES]);
    expect(checkOf('actions', 'source')).toEqual([...ACTION_SOURCES]);
    expect(checkOf('action_updates', 'rag')).toEqual([...RAGS]);
    expect(checkOf('strategies', 'status')).toEqual([...STRATEGY_STATUSES]);
    expect(checkOf('people', 'kind')).toEqual([...PERSON_KINDS]);
    expect(checkOf('bodies', 'kind')).toEqual([...BODY_KINDS]);
    expect(checkOf('body_members', 'role')).toEqual([...BODY_ROLES]);
    expect(checkOf('pledges', 'audience')).toEqual([...PLEDGE_AUDIENCES]);
    expect(checkOf('workspace_settings', 'minute_numbering')).toEqual([...MINUTE_NUMBERINGS]);
    expect(checkOf('minutes', 'status')).toEqual([...MINUTES_STATUSES]);
    expect(checkOf('minute_attendance', 'category')).toEqual([...ATTENDANCE_CATEGORIES]);
    expect(checkOf('minute_attendance', 'status')).toEqual([...ATTENDANCE_STATUSES]);
    expect(checkOf('minute_declarations', 'category')).toEqual([...INTEREST_CATEGORIES]);
    expect(checkOf('minute_declarations', 'member_action')).toEqual([...DECLARATION_ACTIONS]);
    expect(checkOf('item_minutes', 'outcome')).toEqual([...ITEM_OUTCOMES]);
    expect(checkOf('recorded_votes', 'vote')).toEqual([...VOTES]);
    expect(checkOf('voices', 'source')).toEqual([...VOICE_SOURCES]);
    expect(checkOf('voices', 'age_group')).toEqual([...AGE_GROUPS]);
    expect(checkOf('voices', 'outcome')).toEqual([...VOICE_OUTCOMES]);
    expect(checkOf('pledges', 'status')).toEqual([...PLEDGE_STATUSES]);
    expect(checkOf('homes', 'ownership')).toEqual([...HOME_OWNERSHIPS]);
    expect(checkOf('visits', 'kind')).toEqual([...VISIT_KINDS]);
    expect(checkOf('visits', 'safeguarded')).toEqual([...OPINIONS]);
    expect(checkOf('visits', 'wellbeing')).toEqual([...OPINIONS]);
    expect(checkOf('visits', 'status')).toEqual([...VISIT_STATUSES]);
    expect(checkOf('visits', 'origin')).toEqual([...VISIT_ORIGINS]);
    expect(checkOf('exchange_identity', 'role')).toEqual([...EXCHANGE_ROLES]);
    expect(checkOf('indicators', 'unit')).toEqual([...INDICATOR_UNITS]);
    expect(checkOf('indicators', 'polarity')).toEqual([...POLARITIES]);
    expect(checkOf('indicators', 'frequency')).toEqual([...FREQUENCIES]);
    expect(checkOf('evidence_files', 'visibility')).toEqual([...EVIDENCE_VISIBILITIES]);
    expect(checkOf('report_sections', 'placement')).toEqual([...SECTION_PLACEMENTS]);
    expect(checkOf('indicators', 'comparator')).toEqual([...COMPARATORS]);
    expect(checkOf('identity_checks', 'output')).toEqual([...IDENTITY_OUTPUTS]);
  });

  it('seeds the seven principles with the statutory text', () => {
    const rows = ws.db.prepare('SELECT code, short_title AS short, statutory_text AS text FROM principles ORDER BY code').all();
    expect(rows).toEqual(PRINCIPLES.map((p) => ({ code: p.code, short: p.short, text: p.text })));
    ws.close();
  });
});
