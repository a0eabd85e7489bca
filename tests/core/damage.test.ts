/**
 * Damage is found before anything is built from it: a corpus of damaged copies of the sample board,
 * stored files checked against their SHA-256, removed reports really gone from the file, and
 * workspace files readable by their owner only.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, openSync, readFileSync, closeSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachPdf, removeAttachment } from '../../electron/core/attachments/mutations';
import { backupWorkspace } from '../../electron/core/backup';
import { checkWorkspace } from '../../electron/core/check';
import { AppError } from '../../electron/core/errors';
import { addAgendaItem } from '../../electron/core/meetings/agendaWrites';
import { createMeeting } from '../../electron/core/meetings/mutations';
import { printPack } from '../../electron/core/packs/publish';
import { Workspace } from '../../electron/core/workspace';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tempWorkspace';
import { TODAY, board } from '../helpers/board';

const t = tempDir();
afterAll(() => t.cleanup());

const sample = join(t.dir, 'sample.panelpack');
const io = { cwd: t.dir, today: () => TODAY };

beforeAll(async () => {
  expect((await runCli(['init', sample, '--sample'], io)).code).toBe(0);
  expect(pages(sample).pageSize).toBe(pageSize);
}, 120_000);

interface PageInfo {
  name: string;
  pageno: number;
  pagetype: string;
}

function pages(path: string): { pageSize: number; list: PageInfo[] } {
  const db = new Database(path, { readonly: true });
  try {
    return { pageSize: db.pragma('page_size', { simple: true }) as number, list: db.prepare('SELECT name, pageno, pagetype FROM dbstat').all() as PageInfo[] };
  } finally {
    db.close();
  }
}

function overwrite(path: string, at: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, at);
  } finally {
    closeSync(fd);
  }
}

/** Flips every bit of `length` bytes at `at`. */
function flip(path: string, at: number, length: number): void {
  const b = readFileSync(path).subarray(at, at + length);
  overwrite(path, at, Buffer.from(b.map((x) => x ^ 0xff)));
}

/** The first meeting with a report, its attachment's title, and where the report's bytes sit in the raw file. */
function storedReport(path: string): { meetingId: string; title: string; offsetInFile: number } {
  const db = new Database(path, { readonly: true });
  try {
    const r = db
      .prepare(
        `SELECT i.meeting_id, a.title, f.bytes FROM attachments a JOIN agenda_items i ON i.id = a.item_id JOIN files f ON f.sha256 = a.file_sha256
         WHERE i.part = 1 AND f.size > 5000 ORDER BY f.size DESC LIMIT 1`,
      )
      .get() as { meeting_id: string; title: string; bytes: Buffer };
    // A ~6 KB row keeps about 2 KB on its leaf page; bytes 4,000-4,063 lie on its overflow page.
    const needle = r.bytes.subarray(4000, 4064);
    const at = readFileSync(path).indexOf(needle);
    expect(at).toBeGreaterThan(0);
    return { meetingId: r.meeting_id, title: r.title, offsetInFile: at };
  } finally {
    db.close();
  }
}

interface Damage {
  name: string;
  make(path: string): void;
  /** Structural damage check must always find (the rest may be in unused bytes, or in data SQLite has no checksum for). */
  mustDetect: boolean;
}

/** SQLite's default page size, which every PanelPack file has (checked before the corpus is made). */
const pageSize = 4096;
const page = (kind: (p: PageInfo) => boolean): number => {
  const found = pages(sample).list.find(kind);
  if (!found) throw new Error('no such page in the sample');
  return found.pageno;
};

const corpus: Damage[] = [
  { name: 'truncated to half', mustDetect: true, make: (p) => truncateSync(p, Math.floor(statSync(p).size / 2 / pageSize) * pageSize) },
  { name: 'truncated mid-page', mustDetect: true, make: (p) => truncateSync(p, statSync(p).size - 1000) },
  { name: 'header zeroed', mustDetect: true, make: (p) => overwrite(p, 0, Buffer.alloc(100)) },
  {
    name: 'a page in the middle overwritten',
    mustDetect: true,
    make: (p) => overwrite(p, Math.floor(statSync(p).size / pageSize / 2) * pageSize, Buffer.alloc(pageSize, 0x5a)),
  },
  {
    name: 'bytes flipped in an index leaf',
    mustDetect: true,
    make: (p) => flip(p, (page((x) => x.name === 'change_log_entity' && x.pagetype === 'leaf') - 1) * pageSize + pageSize - 24, 6),
  },
  {
    name: 'bytes flipped in a table b-tree page (the change log)',
    mustDetect: true,
    make: (p) => flip(p, (page((x) => x.name === 'change_log' && x.pagetype === 'leaf') - 1) * pageSize + 8, 16),
  },
  {
    name: 'bytes flipped in an interior table page',
    mustDetect: true,
    make: (p) => flip(p, (page((x) => x.pagetype === 'internal' && x.name === 'change_log') - 1) * pageSize + 12, 8),
  },
  { name: 'bytes flipped in the overflow page of a stored report', mustDetect: true, make: (p) => flip(p, storedReport(p).offsetInFile, 16) },
  { name: 'the schema page scribbled over', mustDetect: true, make: (p) => overwrite(p, 100, Buffer.alloc(pageSize - 100, 0xa5)) },
];

async function packRefused(path: string, meetingId: string): Promise<AppError | null> {
  const ws = Workspace.open(path, { actor: 'tester' });
  try {
    await printPack(ws, { meetingId, version: 'members', today: TODAY, out: join(t.dir, 'never.pdf') });
    return null;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  } finally {
    ws.close();
  }
}

describe('damaged copies of the sample board', () => {
  it('every copy check calls damaged is refused for writing and cannot build a pack', { timeout: 240_000 }, async () => {
    const { meetingId, title } = storedReport(sample);
    const outcomes: string[] = [];
    for (const d of corpus) {
      const path = join(t.dir, `damaged-${d.name.replace(/\W+/g, '-')}.panelpack`);
      copyFileSync(sample, path);
      d.make(path);
      const { code, err } = await runCli(['check', path], io);
      const detected = code !== 0;
      if (d.mustDetect) expect(detected, `check should find "${d.name}"`).toBe(true);
      if (!detected) {
        outcomes.push(`${d.name}: not detected`);
        continue;
      }
      expect(err).toMatch(/^panelpack: .+\n$/);
      let opened: Workspace | null = null;
      try {
        opened = Workspace.open(path, { actor: 'tester' });
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toMatch(/^(corrupt|not_a_workspace)$/);
      }
      if (!opened) {
        outcomes.push(`${d.name}: refused`);
        continue;
      }
      // Opened: only a stored file may be wrong (the structure is sound), and no pack is built from it.
      opened.close();
      const result = checkWorkspace(path);
      expect(result.integrity).toEqual(['ok']);
      expect(result.foreignKeys).toEqual([]);
      expect(result.storedFiles.length).toBeGreaterThan(0);
      const refused = await packRefused(path, meetingId);
      expect(refused?.code).toBe('corrupt');
      expect(refused?.message).toContain(`The report “${title}” attached to item `);
      expect(refused?.message).toMatch(/of the meeting on \w+day \d{1,2} \w+ \d{4} has changed since it was stored \(its checksum does not match\)/);
      expect(refused?.message).toContain('Remove it and attach it again.');
      expect(existsSync(join(t.dir, 'never.pdf'))).toBe(false);
      outcomes.push(`${d.name}: opens, pack refused`);
    }
    expect(outcomes.filter((o) => o.endsWith('refused'))).toHaveLength(corpus.length);
  });

  it('an index whose entries no longer match their rows (quick_check does not look; integrity_check does) is refused', async () => {
    const path = join(t.dir, 'index-mismatch.panelpack');
    copyFileSync(sample, path);
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    // The index's pages stay as they are while its definition says other columns: every entry now disagrees with its row.
    raw.unsafeMode(true); // lifts SQLite's defensive mode, which forbids editing the schema table
    raw.pragma('writable_schema = ON');
    raw.prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX change_log_entity ON change_log (actor, at)' WHERE name = 'change_log_entity'").run();
    raw.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
    db.close();
    expect((await runCli(['check', path], io)).code).toBe(1);
    const before = readFileSync(path);
    expect(() => Workspace.open(path, { actor: 'tester' }).close()).toThrow(/is damaged and cannot be opened/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('stored files are checked against their SHA-256', () => {
  it('a report altered inside the file stops the pack, naming the report and meeting; check lists it', async () => {
    const path = join(t.dir, 'altered.panelpack');
    copyFileSync(sample, path);
    const { meetingId, title } = storedReport(path);
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    const sha = raw
      .prepare("SELECT a.file_sha256 FROM attachments a JOIN agenda_items i ON i.id = a.item_id WHERE i.meeting_id = ? AND a.title = ?")
      .pluck()
      .get(meetingId, title) as string;
    const bytes = raw.prepare('SELECT bytes FROM files WHERE sha256 = ?').pluck().get(sha) as Buffer;
    const altered = Buffer.from(bytes);
    const mid = Math.floor(altered.length / 2);
    altered.writeUInt8(altered.readUInt8(mid) ^ 0x01, mid);
    raw.prepare('UPDATE files SET bytes = ? WHERE sha256 = ?').run(altered, sha);
    raw.close();

    const refused = await packRefused(path, meetingId);
    expect(refused?.code).toBe('corrupt');
    expect(refused?.message).toMatch(new RegExp(`^The report “${title}” attached to item \\d+(\\.\\d+)? of the meeting on \\w+day \\d{1,2} \\w+ \\d{4} has changed since it was stored \\(its checksum does not match\\)`));
    const { code, out } = await runCli(['check', path], io);
    expect(code).toBe(1);
    expect(out).toMatch(/Stored reports +1 changed file\n/);
    expect(out).toContain(`The report “${title}”`);
  });
});

async function pdfWithMarker(marker: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Fostering update', { x: 50, y: 780, size: 14, font });
  const bytes = await doc.save();
  // A comment after %%EOF: readers ignore it, and it keeps the marker's bytes as they are (pdf-lib hex-encodes metadata).
  return Buffer.concat([Buffer.from(bytes), Buffer.from(`\n%${marker.repeat(100)}\n`, 'latin1')]);
}

const contains = (path: string, marker: string): boolean =>
  [path, `${path}-wal`].some((p) => existsSync(p) && readFileSync(p).includes(Buffer.from(marker, 'latin1')));

describe('removing a report', () => {
  it('removes its bytes from the file and its -wal', async () => {
    const b = board(t.dir, 'secure.panelpack');
    const path = join(t.dir, 'secure.panelpack');
    const m = createMeeting(b.ws, { bodyId: b.bodyId, meetingDate: '2026-12-17', startTime: '14:00' }, TODAY);
    const item = addAgendaItem(b.ws, { meetingId: m.id, title: 'Fostering update' }, TODAY);
    const marker = 'PANELPACK-UNIQUE-MARKER-5c1e9a';
    const a = await attachPdf(b.ws, { itemId: item.id, filename: 'Fostering update.pdf', bytes: await pdfWithMarker(marker) });
    expect(contains(path, marker)).toBe(true);
    removeAttachment(b.ws, a.id);
    expect(contains(path, marker)).toBe(false);
    b.ws.close();
    expect(contains(path, marker)).toBe(false);
  });
});

describe('files readable by their owner only', () => {
  const mode = (p: string): number => statSync(p).mode & 0o777;

  it('a new workspace, its -wal and -shm, the sample, and a backup are mode 0600', async () => {
    const b = board(t.dir, 'private.panelpack');
    const path = join(t.dir, 'private.panelpack');
    expect(mode(path)).toBe(0o600);
    expect(mode(`${path}-wal`)).toBe(0o600);
    expect(mode(`${path}-shm`)).toBe(0o600);
    b.ws.close();
    expect(mode(path)).toBe(0o600);
    expect(mode(sample)).toBe(0o600);
    const copy = join(t.dir, 'private-backup.panelpack');
    await backupWorkspace(path, copy);
    expect(mode(copy)).toBe(0o600);
  });
});

describe('skipping the full check for a file exactly as PanelPack closed it', () => {
  it('trusts a cleanly closed file only until anything else writes to it', async () => {
    const { fileTrustStore } = await import('../../electron/core/db/trust');
    const trust = fileTrustStore(join(t.dir, 'verified.json'));
    const path = join(t.dir, 'trusted.panelpack');
    copyFileSync(sample, path);
    expect(trust.trusted(path)).toBe(false);
    Workspace.open(path, { actor: 'tester', trust }).close();
    expect(trust.trusted(path)).toBe(true);
    expect(statSync(join(t.dir, 'verified.json')).mode & 0o777).toBe(0o600);
    const open = Workspace.open(path, { actor: 'tester', trust });
    expect(trust.trusted(path)).toBe(false); // open: a crash now must mean a full check next time
    open.close();
    // Damage by another program changes the file's times: the full check runs again and refuses it.
    const raw = new Database(path);
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw.prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX change_log_entity ON change_log (actor, at)' WHERE name = 'change_log_entity'").run();
    raw.close();
    expect(trust.trusted(path)).toBe(false);
    expect(() => Workspace.open(path, { actor: 'tester', trust }).close()).toThrow(/is damaged and cannot be opened/);
  });
});
