/**
 * The attach check: what publishing will do to a report, done now in memory (./reportPdf.ts's
 * load, repair and sanitise, then every page copied into a throwaway pack, framed, stamped and
 * saved), so a report that would break the pack is refused now with what to do, and damage that
 * survives (pages that may print blank) is named.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DAMAGED_MESSAGE, openReport, ReportError, type OpenedReport } from './reportPdf';
import { stampPageNumber } from './stamps';
import { damagedPages, describeDamage, type PageDamage } from './streamDamage';

export interface CheckedReport extends Omit<OpenedReport, 'doc'> {
  damage: PageDamage;
  /** What to tell the clerk about damage that survives, or null. */
  damageSummary: string | null;
}

/** Copies, frames, stamps and saves every page of an opened report as a pack would; throws ReportError('damaged') when that fails. */
export async function tryPack(doc: PDFDocument, fitToA4 = false): Promise<void> {
  try {
    const out = await PDFDocument.create({ updateMetadata: false });
    const font = await out.embedFont(StandardFonts.Helvetica);
    const pages = await out.copyPages(doc, doc.getPageIndices());
    for (const p of pages) {
      out.addPage(p);
      stampPageNumber(p, 'Page 9999 of 9999', font, { fitToA4 });
    }
    await out.save({ objectsPerTick: Infinity });
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
  await tryPack(doc);
  return { ...opened, damage, damageSummary: describeDamage(damage) };
}
