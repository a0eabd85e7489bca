/**
 * The document-level parts of a bound PDF (./binder.ts): page labels, the outline (bookmarks) and
 * the metadata. pdf-lib has no API for outlines or page labels; they are a few dictionaries
 * (PDF 32000-1 §12.3.3 and §12.4.2) written here with its low-level object API.
 */
import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 1-based page. */
  page: number;
  children: OutlineEntry[];
}

/** The document properties of a merged PDF: title (shown in the window's title bar), author, subject, en-GB, dates. */
export function writeInfo(doc: PDFDocument, info: { title: string; author: string; subject: string; createdAt: string }): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setLanguage('en-GB');
  doc.setCreator('PanelPack');
  doc.setProducer('PanelPack (pdfmake, pdf-lib)');
  doc.setKeywords([]);
  const created = new Date(info.createdAt);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
}

/** Decimal labels from 1 for every page: the reader's page box shows the printed page number. */
export function writePageLabels(doc: PDFDocument): void {
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: [0, { S: 'D', St: 1 }] }));
}

export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const ctx = doc.context;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const rootRef = ctx.nextRef();
  const count = (es: OutlineEntry[]): number => es.reduce((n, e) => n + 1 + count(e.children), 0);
  const writeLevel = (es: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef } | null => {
    if (es.length === 0) return null;
    const refs = es.map(() => ctx.nextRef());
    es.forEach((e, i) => {
      const ref = refs[i] as PDFRef;
      const dict = ctx.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(e.title));
      dict.set(PDFName.of('Parent'), parent);
      const page = pageRefs[Math.min(Math.max(e.page, 1), pageRefs.length) - 1] as PDFRef;
      dict.set(PDFName.of('Dest'), ctx.obj([page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1] as PDFRef);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1] as PDFRef);
      const kids = writeLevel(e.children, ref);
      if (kids) {
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        // Positive: open, so Part I and Part II show their items at once.
        dict.set(PDFName.of('Count'), PDFNumber.of(count(e.children)));
      }
      ctx.assign(ref, dict);
    });
    return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef };
  };
  const level = writeLevel(entries, rootRef);
  const root = ctx.obj({ Type: 'Outlines' });
  if (level) {
    root.set(PDFName.of('First'), level.first);
    root.set(PDFName.of('Last'), level.last);
    root.set(PDFName.of('Count'), PDFNumber.of(count(entries)));
  }
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
