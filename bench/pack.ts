/**
 * Agenda pack benchmark: a meeting of 12 substantive items whose attached reports come to `pages`
 * pages in all (two of the items in Part II), published as the members' and the public pack.
 * Reports are text-heavy A4 pages (about 45 lines each) made with pdf-lib, one report per item.
 * Time is wall-clock for buildPack; peak memory is the highest RSS sampled every 5 ms during the
 * build, above the RSS just before it.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { attachPdf } from '../electron/core/attachments/mutations';
import { fileBytes } from '../electron/core/attachments/files';
import { createBody } from '../electron/core/bodies/mutations';
import { addAgendaItem } from '../electron/core/meetings/agendaWrites';
import { createMeeting } from '../electron/core/meetings/mutations';
import { buildPack } from '../electron/core/packs/pack';
import { packData, type PackVersion } from '../electron/core/packs/packData';
import { renderInProcess } from '../electron/core/packs/render';
import { Workspace } from '../electron/core/workspace';

const TODAY = '2026-11-22';
const LINE = 'The board is asked to note the progress made against the pledge to children in care and care leavers, and the actions agreed. ';

async function report(title: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${title}: page ${p}`, { x: 56, y: 780, size: 14, font });
    for (let l = 0; l < 45; l++) page.drawText(LINE.slice(0, 90 + (l % 7) * 3), { x: 56, y: 750 - l * 15, size: 9.5, font });
  }
  return doc.save();
}

async function seedMeeting(dir: string, pages: number): Promise<{ ws: Workspace; meetingId: string }> {
  const ws = Workspace.create(join(dir, `pack-${pages}.panelpack`), { councilName: 'Benchshire Council', boardName: 'Corporate Parenting Board' }, { actor: 'bench' });
  const body = createBody(ws, { name: 'Corporate Parenting Board', kind: 'board' });
  const meeting = createMeeting(ws, { bodyId: body.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Council Chamber' }, TODAY);
  const per = Math.floor(pages / 12);
  for (let i = 0; i < 12; i++) {
    const part2 = i >= 10;
    const item = addAgendaItem(
      ws,
      { meetingId: meeting.id, title: `Substantive item ${i + 1}`, purpose: 'discussion', presenter: 'Director', ...(part2 ? { part: 2 as const, exemptParagraph: 1 } : {}) },
      TODAY,
    );
    const n = i === 11 ? pages - per * 11 : per;
    await attachPdf(ws, { itemId: item.id, filename: `Report ${i + 1}.pdf`, bytes: await report(`Report ${i + 1}`, n) });
  }
  return { ws, meetingId: meeting.id };
}

async function measure(ws: Workspace, meetingId: string, version: PackVersion): Promise<{ ms: number; peakMb: number; pages: number; kib: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const built = await buildPack(packData(ws, meetingId, { version, today: TODAY, publishing: true }), { render: renderInProcess, loadFile: (sha) => fileBytes(ws, sha) });
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMb: (peak - base) / 1048576, pages: built.pages, kib: built.bytes.length / 1024 };
}

export async function benchPack(dir: string): Promise<void> {
  console.log("\nAgenda pack, 12 items (2 in Part II), members' and public versions");
  console.log('  report pages   version     time        pages   pages/s    size       peak RSS above start');
  // Warm up pdfmake and the fonts, so the first row is not the cost of loading them.
  {
    const { ws, meetingId } = await seedMeeting(dir, 24);
    await measure(ws, meetingId, 'members');
    ws.close();
  }
  for (const pages of [150, 300, 600]) {
    const { ws, meetingId } = await seedMeeting(dir, pages);
    for (const version of ['members', 'public'] as const) {
      const r = await measure(ws, meetingId, version);
      console.log(
        `  ${String(pages).padStart(12)}   ${version.padEnd(8)}  ${`${r.ms.toFixed(0)} ms`.padStart(8)}   ${String(r.pages).padStart(6)}   ${(r.pages / (r.ms / 1000)).toFixed(0).padStart(7)}   ${`${(r.kib / 1024).toFixed(1)} MB`.padStart(8)}   +${r.peakMb.toFixed(0)} MB`,
      );
    }
    ws.close();
  }
  console.log('  targets at 300 pages: under 3 s and under 500 MB each; time linear in pages (compare 150, 300, 600)');
}
