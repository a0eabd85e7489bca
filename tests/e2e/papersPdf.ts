/**
 * A small published pack for the viewer's tests, made with pdf-lib: real pages with real text, a
 * nested outline (Part I > 5, Part II > 9, as a pack's bookmarks are) and page labels, with the
 * front sheet and agenda numbered i, ii and the rest from 1, so a label is never just the
 * page's position and the tests can tell the two apart.
 */
import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts, type PDFDict, type PDFRef } from 'pdf-lib';

export interface TestPackPage {
  /** 1-based position in the file. */
  position: number;
  label: string;
  heading: string;
  body: string;
}

export interface TestPack {
  bytes: Uint8Array;
  pages: TestPackPage[];
  /** Where each outline entry leads (1-based position). */
  outline: { title: string; page: number; children: { title: string; page: number }[] }[];
}

const EXEMPT_PAGES = 3;

function packPages(reportPages: number): TestPackPage[] {
  const pages: Omit<TestPackPage, 'position' | 'label'>[] = [
    { heading: 'Corporate Parenting Board', body: 'Thursday 17 December 2026 at 2pm, Committee Room 1, Northbrook Town Hall' },
    { heading: 'Agenda', body: 'Part I: 5 Annual report of the Virtual School. Part II: 9 Exempt item.' },
    { heading: 'Item 5: Annual report of the Virtual School', body: 'For discussion. Presented by the Virtual School Headteacher.' },
  ];
  for (let i = 1; i <= reportPages; i++) {
    pages.push({ heading: `Virtual School annual report, section ${i}`, body: `Attendance and attainment of children in care, part ${i} of ${reportPages}.` });
  }
  pages.push({ heading: 'Exclusion of the press and public', body: 'Schedule 12A, paragraph 3: information about financial or business affairs.' });
  pages.push({ heading: 'Item 9: Placement commissioning costs', body: 'NOT FOR PUBLICATION by virtue of paragraph 3 of Schedule 12A.' });
  for (let i = 1; i <= EXEMPT_PAGES; i++) {
    pages.push({ heading: `Placement commissioning costs, page ${i}`, body: `Costs of external residential placements, table ${i}.` });
  }
  // i, ii for the front sheet and agenda; then 1, 2, 3…
  return pages.map((p, i) => ({ ...p, position: i + 1, label: i === 0 ? 'i' : i === 1 ? 'ii' : String(i - 1) }));
}

/** An outline item dictionary; links to its siblings and children are set afterwards. */
function outlineItem(doc: PDFDocument, title: string, page: PDFRef, parent: PDFRef): PDFDict {
  return doc.context.obj({
    Title: PDFHexString.fromText(title),
    Parent: parent,
    Dest: [page, 'XYZ', null, null, null],
  });
}

/** Links `refs` (already registered) as the ordered children of `parent`. */
function linkChildren(parent: PDFDict, children: { ref: PDFRef; dict: PDFDict }[]): void {
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last) return;
  parent.set(PDFName.of('First'), first.ref);
  parent.set(PDFName.of('Last'), last.ref);
  parent.set(PDFName.of('Count'), PDFNumber.of(children.length));
  children.forEach((c, i) => {
    const prev = children[i - 1];
    const next = children[i + 1];
    if (prev) c.dict.set(PDFName.of('Prev'), prev.ref);
    if (next) c.dict.set(PDFName.of('Next'), next.ref);
  });
}

/** 28 pages by default; `reportPages` makes the Virtual School's report longer (a 300-page pack). */
export async function buildTestPack(reportPages = 20): Promise<TestPack> {
  const doc = await PDFDocument.create();
  doc.setTitle("Corporate Parenting Board, 17 December 2026: members' pack");
  doc.setLanguage('en-GB');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = packPages(reportPages);
  const pageRefs: PDFRef[] = [];
  for (const p of pages) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(p.heading, { x: 56, y: 760, size: 18, font: bold });
    page.drawText(p.body, { x: 56, y: 730, size: 11, font });
    page.drawText(`Page ${p.label}`, { x: 270, y: 30, size: 10, font });
    pageRefs.push(page.ref);
  }
  const at = (position: number): PDFRef => pageRefs[position - 1]!;

  const partTwoStart = 3 + reportPages + 1;
  const outline = [
    { title: 'Part I', page: 3, children: [{ title: '5 Annual report of the Virtual School', page: 3 }] },
    { title: 'Part II', page: partTwoStart, children: [{ title: '9 Exempt item', page: partTwoStart + 1 }] },
  ];

  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const root = ctx.obj({ Type: 'Outlines' });
  const parts = outline.map((part) => {
    const ref = ctx.nextRef();
    const dict = outlineItem(doc, part.title, at(part.page), rootRef);
    const items = part.children.map((child) => {
      const childRef = ctx.nextRef();
      const childDict = outlineItem(doc, child.title, at(child.page), ref);
      ctx.assign(childRef, childDict);
      return { ref: childRef, dict: childDict };
    });
    linkChildren(dict, items);
    ctx.assign(ref, dict);
    return { ref, dict };
  });
  linkChildren(root, parts);
  // Open items count their visible descendants too: both parts start expanded.
  root.set(PDFName.of('Count'), PDFNumber.of(outline.reduce((n, part) => n + 1 + part.children.length, 0)));
  ctx.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  doc.catalog.set(PDFName.of('PageLabels'), ctx.obj({ Nums: [0, { S: 'r' }, 2, { S: 'D' }] }));

  return { bytes: await doc.save(), pages, outline };
}
