/** Schema v3: a new workspace has it, and a v2 file is migrated to it with its data kept. */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { recordPublication } from '../../../electron/core/meetings/publications';
import { MIGRATIONS, LATEST_VERSION } from '../../../electron/core/db/migrations';
import { Workspace } from '../../../electron/core/workspace';
import { bodyMeetingSettings } from '../../../electron/core/meetings/templates';
import { createMeeting } from '../../../electron/core/meetings/mutations';
import { ITEM_PURPOSES, MEETING_KINDS, MEETING_STATUSES, MEDIA_TYPES, PUBLICATION_KINDS, STANDING_KEYS } from '../../../shared/model/enums';
import { newWorkspace, tempDir } from '../../helpers/tempWorkspace';
import { TODAY, makeV2File } from '../../helpers/board';

const t = tempDir();
afterAll(() => t.cleanup());

const V3_TABLES = ['agenda_item_principles', 'agenda_items', 'agenda_templates', 'attachments', 'extra_holidays', 'files', 'meetings', 'publications'];

function tables(ws: Workspace): string[] {
  return ws.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

describe('migration 0003_meetings', () => {
  it('is the third migration', () => {
    expect(MIGRATIONS[2]?.name).toBe('meetings');
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('builds the meeting tables in a new workspace, all STRICT', () => {
    const ws = newWorkspace(t.dir, 'fresh.panelpack');
    expect(ws.schemaVersion).toBe(LATEST_VERSION);
    expect(tables(ws)).toEqual(expect.arrayContaining(V3_TABLES));
    for (const name of V3_TABLES) {
      const sql = ws.db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name) as string;
      expect(sql, name).toMatch(/\)\s*STRICT/);
    }
    const bodyColumns = (ws.db.prepare('PRAGMA table_info(bodies)').all() as { name: string; notnull: number }[]).map((c) => [c.name, c.notnull]);
    expect(bodyColumns).toContainEqual(['quorum', 0]);
    expect(ws.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    ws.close();
  });

  it('migrates a v2 file: its board keeps its details, gains no quorum, and can hold meetings', () => {
    const path = makeV2File(t.dir, 'v2.panelpack');
    const ws = Workspace.open(path, { actor: 'tester' });
    expect(ws.schemaVersion).toBe(LATEST_VERSION);
    expect(tables(ws)).toEqual(expect.arrayContaining(V3_TABLES));
    const applied = ws.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toContainEqual({ version: 3, name: 'meetings' });
    const bodyId = '0190a000-0000-7000-8000-000000000001';
    const settings = bodyMeetingSettings(ws, bodyId);
    expect(settings).toMatchObject({ bodyName: 'Corporate Parenting Board', quorum: null, templateIsDefault: true });
    const m = createMeeting(ws, { bodyId, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1' }, TODAY);
    expect(m.itemCount).toBe(6);
    expect(ws.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    ws.close();
  });

  it('CHECK constraints mirror the TypeScript enums', () => {
    const ws = newWorkspace(t.dir, 'checks.panelpack');
    const def = (table: string): string => ws.db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string;
    const checkOf = (table: string, column: string): string[] => {
      const m = new RegExp(`${column} IN \\(([^)]*)\\)`).exec(def(table));
      return (m?.[1] ?? '').split(',').map((s) => s.trim().replace(/'/g, ''));
    };
    expect(checkOf('meetings', 'kind')).toEqual([...MEETING_KINDS]);
    expect(checkOf('meetings', 'status')).toEqual([...MEETING_STATUSES]);
    expect(checkOf('agenda_items', 'purpose')).toEqual([...ITEM_PURPOSES]);
    expect(checkOf('agenda_items', 'standing_key')).toEqual([...STANDING_KEYS]);
    expect(checkOf('agenda_templates', 'standing_key')).toEqual([...STANDING_KEYS]);
    expect(checkOf('agenda_templates', 'purpose')).toEqual([...ITEM_PURPOSES]);
    expect(checkOf('files', 'media_type')).toEqual([...MEDIA_TYPES]);
    expect(checkOf('publications', 'kind')).toEqual([...PUBLICATION_KINDS]);
    expect(checkOf('agenda_items', 'part')).toEqual(['1', '2']);
    ws.close();
  });
});

describe('migration 0004_public_supplements', () => {
  it('keeps a v3 file\'s publications, and then takes public supplements numbered beside the members\' ones', () => {
    const path = makeV2File(t.dir, 'v3.panelpack');
    // Bring the file to v3 exactly as 0003 left it, with a published agenda and a supplement in it.
    const db = new Database(path);
    const v3 = MIGRATIONS.find((m) => m.version === 3);
    db.exec(v3?.sql ?? '');
    db.prepare('INSERT INTO schema_migrations VALUES (3, ?, ?)').run('meetings', '2026-01-01T00:00:00.000Z');
    const at = '2026-11-01T10:00:00.000Z';
    db.prepare("INSERT INTO meetings (id, body_id, meeting_date, start_time, venue, kind, status, published_on, created_at, updated_at, updated_by) VALUES ('m1', '0190a000-0000-7000-8000-000000000001', '2026-12-17', '14:00', '', 'ordinary', 'published', '2026-12-09', ?, ?, 'clerk')").run(at, at);
    db.prepare("INSERT INTO files (sha256, bytes, size, media_type, created_at) VALUES (?, x'25504446', 4, 'application/pdf', ?)").run('a'.repeat(64), at);
    db.prepare("INSERT INTO publications VALUES ('p1', 'm1', 'agenda', NULL, ?, 2, ?, 'clerk')").run('a'.repeat(64), at);
    db.prepare("INSERT INTO publications VALUES ('p2', 'm1', 'supplement', 1, ?, 3, ?, 'clerk')").run('a'.repeat(64), at);
    db.pragma('user_version = 3');
    db.close();

    const ws = Workspace.open(path, { actor: 'tester' });
    expect(ws.schemaVersion).toBe(LATEST_VERSION);
    expect(ws.db.prepare('SELECT id, kind, number, pages FROM publications ORDER BY id').all()).toEqual([
      { id: 'p1', kind: 'agenda', number: null, pages: 2 },
      { id: 'p2', kind: 'supplement', number: 1, pages: 3 },
    ]);
    const pub = recordPublication(ws, { meetingId: 'm1', kind: 'public_supplement', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), pages: 1 });
    expect(pub).toMatchObject({ kind: 'public_supplement', number: 1 });
    expect(() => ws.db.prepare("INSERT INTO publications VALUES ('p3', 'm1', 'public_pack', 2, ?, 1, ?, 'clerk')").run('a'.repeat(64), at)).toThrow(/CHECK/);
    expect(ws.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    ws.close();
  });
});
