/**
 * The attach check: what publishing will do to a report, done now in memory (./reportPdf.ts's
 * load, repair and sanitise, then every page copied into a throwaway pack, framed, stamped and
 * saved), so a report that would break the pack is refused now with what to do, and damage that
 * survives (pages that may print blank) is named.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DAMAGED_MESSAGE, openReport, ReportError, type OpenedReport } from './reportPdf';

export { looksLikePdfBody, ReportError } from './reportPdf';
import { stampPageNumber } from './stamps';
import { damagedPages, describeDamage, type PageDamage } from './streamDamage';

export interface CheckedReport extends Omit<OpenedReport, 'doc'> {
  /** The throwaway pack of this report alone, as publishing would make it. */
  trial: Uint8Array;
  damage: PageDamage;
  /** What to tell the clerk about damage that survives, or null. */
  damageSummary: string | null;
}

/**
 * Copies, frames, stamps and saves every page of an opened report as a pack would, returning the
 * bytes (the benchmark reads their text); throws ReportError('damaged') when that fails.
 */
export async function tryPack(doc: PDFDocument, fitToA4 = false): Promise<Uint8Array> {
  try {
    const out = await PDFDocument.create({ updateMetadata: false });
    const font = await out.embedFont(StandardFonts.Helvetica);
    const pages = await out.copyPages(doc, doc.getPageIndices());
    for (const p of pages) {
      out.addPage(p);
      stampPageNumber(p, 'Page 9999 of 9999', font, { fitToA4 });
    }
    return await out.save({ objectsPerTick: Infinity });
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw new ReportError('damaged', DAMAGED_MESSAGE);
  }
}

/** Everything attach needs to know about a report, or a ReportError with the clerk's message. */
export async function checkReport(bytes: Uint8Array): Promise<CheckedReport> {
  const { doc, ...opened } = await openReport(bytes);
  let damage: PageDamage;
  try {
    damage = damagedPages(doc);
  } catch {
    damage = { images: [], content: [] };
  }
  const trial = await tryPack(doc);
  return { ...opened, trial, damage, damageSummary: describeDamage(damage) };
}
