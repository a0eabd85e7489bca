/**
 * Reading a workspace's write-ahead log (`<file>-wal`) and pages of the main file as raw bytes,
 * without SQLite: SQLite replays any WAL it finds beside a database, and the last connection to
 * close copies it into the file, so whether a WAL belongs to the file must be decided before SQLite
 * is allowed near it. The format is SQLite's own, documented at https://www.sqlite.org/fileformat.html
 * (sections 4, "The Write-Ahead Log", and 1.5-1.6, b-tree pages and records).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export interface WalSummary {
  /** The WAL header is valid: magic, format 3007000, a power-of-two page size, its own checksum. */
  valid: boolean;
  pageSize: number;
  checkpointSeq: number;
  salts: [number, number];
  /** Frames up to and including the last commit whose salts and running checksums are intact (what SQLite replays). */
  committedFrames: number;
  /** For each page, the byte offset of its latest committed frame's page data in the WAL. */
  latest: Map<number, number>;
  /** The database size in pages after the last committed transaction. */
  dbPages: number;
}

function readAll(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, buf, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return buf.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** SQLite's WAL checksum: pairs of 32-bit words, big- or little-endian as the magic number says. */
function checksum(buf: Buffer, start: number, end: number, bigEndian: boolean, s: [number, number]): [number, number] {
  let s0 = s[0];
  let s1 = s[1];
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/** Parses a WAL held in memory: its header and the frames SQLite would replay. */
export function parseWal(buf: Buffer): WalSummary {
  const empty: WalSummary = { valid: false, pageSize: 0, checkpointSeq: 0, salts: [0, 0], committedFrames: 0, latest: new Map(), dbPages: 0 };
  if (buf.length < WAL_HEADER) return empty;
  const magic = buf.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return empty;
  const bigEndian = (magic & 1) === 1;
  const pageSize = buf.readUInt32BE(8) === 1 ? 65536 : buf.readUInt32BE(8);
  if (buf.readUInt32BE(4) !== 3007000 || pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return empty;
  const salts: [number, number] = [buf.readUInt32BE(16), buf.readUInt32BE(20)];
  let sum = checksum(buf, 0, 24, bigEndian, [0, 0]);
  if (sum[0] !== buf.readUInt32BE(24) || sum[1] !== buf.readUInt32BE(28)) return empty;
  const header = { ...empty, valid: true, pageSize, checkpointSeq: buf.readUInt32BE(12), salts };

  const pending = new Map<number, number>();
  const latest = new Map<number, number>();
  let committed = 0;
  let dbPages = 0;
  for (let frame = 1, at = WAL_HEADER; at + FRAME_HEADER + pageSize <= buf.length; frame++, at += FRAME_HEADER + pageSize) {
    if (buf.readUInt32BE(at + 8) !== salts[0] || buf.readUInt32BE(at + 12) !== salts[1]) break;
    sum = checksum(buf, at, at + 8, bigEndian, sum);
    sum = checksum(buf, at + FRAME_HEADER, at + FRAME_HEADER + pageSize, bigEndian, sum);
    if (sum[0] !== buf.readUInt32BE(at + 16) || sum[1] !== buf.readUInt32BE(at + 20)) break;
    const page = buf.readUInt32BE(at);
    if (page === 0) break;
    pending.set(page, at + FRAME_HEADER);
    const commitSize = buf.readUInt32BE(at + 4);
    if (commitSize !== 0) {
      for (const [p, off] of pending) latest.set(p, off);
      pending.clear();
      committed = frame;
      dbPages = commitSize;
    }
  }
  return { ...header, committedFrames: committed, latest, dbPages };
}

/** The WAL beside `dbPath` and its bytes, or null when there is none (or it is empty). */
export function readWal(dbPath: string): { bytes: Buffer; summary: WalSummary } | null {
  const path = `${dbPath}-wal`;
  if (!existsSync(path)) return null;
  const bytes = readAll(path);
  if (bytes.length === 0) return null;
  return { bytes, summary: parseWal(bytes) };
}

/** Reads page `n` (1-based) of the main file, or null past its end. */
export function readPage(dbPath: string, n: number, pageSize: number): Buffer | null {
  const fd = openSync(dbPath, 'r');
  try {
    const buf = Buffer.alloc(pageSize);
    const got = readSync(fd, buf, 0, pageSize, (n - 1) * pageSize);
    return got === pageSize ? buf : null;
  } finally {
    closeSync(fd);
  }
}

function varint(b: Buffer, at: number): [value: number, next: number] {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const byte = b[at + i] ?? 0;
    v = v * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [v, at + i + 1];
  }
  return [v * 256 + (b[at + 8] ?? 0), at + 9];
}

/**
 * The text values of every cell on a table b-tree leaf page that fit on the page (no overflow),
 * or [] when the page is not a table leaf. Enough for PanelPack's one-row marker table.
 */
export function leafTexts(page: Buffer, pageSize: number, headerOffset = 0): string[] {
  const h = headerOffset;
  if (page[h] !== 0x0d) return [];
  const cells = page.readUInt16BE(h + 3);
  const out: string[] = [];
  for (let c = 0; c < cells; c++) {
    const cell = page.readUInt16BE(h + 8 + 2 * c);
    if (cell < h + 8 || cell >= pageSize) return [];
    const [payload, afterSize] = varint(page, cell);
    const [, at] = varint(page, afterSize); // rowid
    if (payload > pageSize - 35 || at + payload > pageSize) continue; // spills onto overflow pages: not ours
    const end = at + payload;
    const [headerSize, first] = varint(page, at);
    let p = first;
    let value = at + headerSize;
    const headerEnd = at + headerSize;
    while (p < headerEnd && value <= end) {
      let type: number;
      [type, p] = varint(page, p);
      const size = type >= 12 ? Math.floor((type - 12) / 2) : [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0][type] ?? 0;
      if (type >= 13 && type % 2 === 1 && value + size <= end) out.push(page.toString('utf8', value, value + size));
      value += size;
    }
  }
  return out;
}
