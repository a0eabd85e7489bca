/**
 * The evidence pack's type, standard or large print. Large print (RNIB's clear print guidance:
 * 16 to 18 pt) sets every style of the body at 16 pt or more, in one column: label-and-value tables
 * and update tables become text one after the other. The running header and footer are 10 pt (the footer only the scope, clear of the stamp) and
 * the binder's "Page N of M" stamp its usual size (they are furniture, not the body).
 */
import { COLOURS, type PdfStyle } from '../paper';

export interface Typography {
  largePrint: boolean;
  /** No side-by-side columns in the body. */
  singleColumn: boolean;
  /** The smallest size of any body style. */
  bodySize: number;
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
}

export const LARGE_PRINT_MIN = 16;

export function typography(largePrint: boolean): Typography {
  const s = largePrint ? { body: 16, h1: 26, h2: 20, h3: 18, cover: 30, label: 16 } : { body: 10, h1: 18, h2: 13, h3: 11, cover: 24, label: 10 };
  const styles: Record<string, PdfStyle> = {
    body: { fontSize: s.body },
    label: { fontSize: s.label, bold: true, color: COLOURS.groupText },
    h1: { fontSize: s.h1, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 8] },
    h2: { fontSize: s.h2, bold: true, color: COLOURS.groupText, margin: [0, 10, 0, 4] },
    h3: { fontSize: s.h3, bold: true, color: COLOURS.groupText, margin: [0, 6, 0, 3] },
    coverTitle: { fontSize: s.cover, bold: true, color: COLOURS.groupText, margin: [0, 60, 0, 10] },
    coverLine: { fontSize: s.h3, color: COLOURS.text, margin: [0, 0, 0, 6] },
    exempt: { fontSize: s.body, bold: true, color: COLOURS.warning, margin: [0, 8, 0, 8] },
    contentsEntry: { fontSize: s.body },
    contentsSection: { fontSize: s.body, bold: true },
    // The scorecard's indicator blocks (core/indicators/scorecardPdf.ts), in the indicators section.
    indicatorHeading: { fontSize: s.h2, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 2] },
  };
  if (largePrint) {
    // The house styles too (table headers, meta, empty), so nothing in the body falls below 16 pt.
    styles.tableHeader = { bold: true, fontSize: 16, color: COLOURS.headerText, fillColor: COLOURS.headerFill };
    styles.meta = { fontSize: 16, color: COLOURS.muted };
    styles.subtitle = { fontSize: 16 };
    styles.empty = { fontSize: 16, italics: true, color: COLOURS.muted };
    styles.title = { fontSize: 26, bold: true, color: COLOURS.groupText };
    styles.furniture = { fontSize: 10, color: COLOURS.muted };
  } else {
    styles.tableHeader = { bold: true, fontSize: 9, color: COLOURS.headerText, fillColor: COLOURS.headerFill };
  }
  return { largePrint, singleColumn: largePrint, bodySize: s.body, styles, defaultStyle: { font: 'Roboto', fontSize: s.body, lineHeight: largePrint ? 1.3 : 1.15, color: COLOURS.text } };
}
