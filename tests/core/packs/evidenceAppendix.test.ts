/**
 * The evidence pack's appendix of evidence files (issue 10), read back with pdfjs, poppler and
 * qpdf: every file's pages are there after the appendix's own page, the contents' page numbers
 * equal the pages where each file starts, the outline has an entry per file, every page is
 * stamped "Page N of M" and each file's page names its action; a file with JavaScript, an
 * OpenAction and an embedded file comes out without them; a members-only file (a sentinel in its
 * title and its text) is in the members' version and nowhere in the public one; a stored file
 * whose bytes changed stops the pack naming it; the period's window leaves out the files of
 * updates outside it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { addUpdate, createAction } from '../../../electron/core/actions/mutations';
import { addEvidenceFile, updateEvidenceFile } from '../../../electron/core/evidenceFiles/mutations';
import { makeEvidencePack } from '../../../electron/core/packs/evidence/printEvidence';
import type { EvidenceScope } from '../../../electron/core/packs/evidence/scope';
import type { Workspace } from '../../../electron/core/workspace';
import { activeNamesInQpdfJson, pdfinfoJs } from '../../helpers/activeContent';
import { board } from '../../helpers/board';
import { realPdf } from '../../helpers/pdfFixtures';
import { everything, outlineTitles, readPack, type OutlineNode, type ReadPack } from '../../helpers/readPack';
import { tempDir } from '../../helpers/tempWorkspace';

const TODAY = '2026-12-20';
const AT = '2026-12-20T10:00:00.000Z';
const SENTINEL = 'SENTINEL-MEMBERS-ONLY-EVIDENCE';

/** One page showing `visible`, with a document-open script, a JavaScript name tree and an embedded program. */
async function hostilePdf(visible: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(visible, { x: 50, y: 780, size: 16, font });
  const js = (code: string) => doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(code) });
  doc.catalog.set(PDFName.of('OpenAction'), js("app.alert('Document open')"));
  const program = doc.context.register(doc.context.stream('MZ this would be a program', { Type: 'EmbeddedFile' }));
  const spec = doc.context.register(doc.context.obj({ Type: 'Filespec', F: PDFString.of('payload.exe'), EF: doc.context.obj({ F: program }) }));
  doc.catalog.set(
    PDFName.of('Names'),
    doc.context.obj({ JavaScript: doc.context.obj({ Names: [PDFString.of('init'), doc.context.register(js('this.print()'))] }), EmbeddedFiles: doc.context.obj({ Names: [PDFString.of('payload.exe'), spec] }) }),
  );
  return doc.save({ useObjectStreams: false });
}

let t: ReturnType<typeof tempDir>;
let ws: Workspace;

beforeEach(async () => {
  t = tempDir();
  const b = board(t.dir, 'appendix.panelpack');
  ws = b.ws;
  const a = createAction(ws, { priorityId: b.priorityIds[0], title: 'Council tax exemption for care leavers', principles: ['g'] });
  const old = addUpdate(ws, { actionId: a.id, date: '2026-03-02', text: 'Proposal drafted.', rag: 'amber', status: 'in_progress' }, TODAY);
  const recent = addUpdate(ws, { actionId: a.id, date: '2026-12-01', text: 'Agreed by Cabinet.', rag: 'green', status: 'in_progress' }, TODAY);
  const policy = await addEvidenceFile(ws, { actionId: a.id, filename: 'Policy.pdf', bytes: await realPdf(2, 'PUBLIC-POLICY-TEXT'), title: 'Council tax policy' });
  updateEvidenceFile(ws, { id: policy.id, visibility: 'public' });
  await addEvidenceFile(ws, { actionId: a.id, updateId: recent.id, filename: 'Notes.pdf', bytes: await realPdf(1, SENTINEL), title: `Case notes ${SENTINEL}` });
  await addEvidenceFile(ws, { actionId: a.id, updateId: old.id, filename: 'March.pdf', bytes: await realPdf(1, 'MARCH-UPDATE-EVIDENCE'), title: 'March proposal', visibility: 'public' });
  await addEvidenceFile(ws, { actionId: a.id, updateId: recent.id, filename: 'Decision.pdf', bytes: await hostilePdf('HOSTILE-DECISION-TEXT'), title: 'Cabinet decision', visibility: 'public' });
  const other = createAction(ws, { priorityId: b.priorityIds[1], title: 'Recruit foster carers', principles: ['f'] });
  await addEvidenceFile(ws, { actionId: other.id, filename: 'Campaign.pdf', bytes: await realPdf(1, 'OTHER-PRIORITY-EVIDENCE'), visibility: 'public' });
});
afterEach(() => {
  ws.close();
  t.cleanup();
});

const make = (scope: EvidenceScope, version: 'members' | 'public') => makeEvidencePack(ws, { scope, version, today: TODAY, createdAt: AT });

/** The contents rows: the title left, the page number right. */
function contents(p: ReadPack): { title: string; page: number }[] {
  const rows: { title: string; page: number }[] = [];
  for (const page of p.pages.filter((x) => /Page numbers are the pages of this pack/.test(x.text))) {
    for (const ref of page.items.filter((i) => i.x > 480 && /^\d+$/.test(i.str.trim()))) {
      rows.push({ title: page.items.filter((i) => i.x < 480 && Math.abs(i.y - ref.y) < 1).map((i) => i.str).join('').trim(), page: Number(ref.str) });
    }
  }
  return rows;
}

const firstPageWith = (p: ReadPack, text: string): number => p.pages.findIndex((x) => x.text.includes(text)) + 1;
const find = (nodes: OutlineNode[], title: string): OutlineNode | undefined => nodes.find((n) => n.title === title);

describe('the evidence pack appendix', () => {
  it("members' pack: the files merged after the appendix page, contents and outline at their start pages, stamped and bannered, active content gone", async () => {
    const built = await make({ kind: 'priority', number: 1 }, 'members');
    const p = await readPack(built.bytes);
    const n = p.pages.length;
    p.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${n}`));
    expect(p.labels).toEqual(p.pages.map((_, i) => String(i + 1)));

    // Pages present, in the order of the action's files; the March update is in a priority's scope.
    const starts = { policy: firstPageWith(p, 'PUBLIC-POLICY-TEXT: page 1'), notes: firstPageWith(p, `${SENTINEL}: page 1`), march: firstPageWith(p, 'MARCH-UPDATE-EVIDENCE'), decision: firstPageWith(p, 'HOSTILE-DECISION-TEXT') };
    expect(firstPageWith(p, 'PUBLIC-POLICY-TEXT: page 2')).toBe(starts.policy + 1);
    expect([starts.notes, starts.march, starts.decision]).toEqual([starts.policy + 2, starts.policy + 3, starts.policy + 4]);
    expect(n).toBe(starts.decision);
    expect(everything(p)).not.toContain('OTHER-PRIORITY-EVIDENCE');

    // The contents: the appendix's page, then each file at the page it starts on.
    const rows = contents(p);
    const appendixPage = p.pages.findIndex((x, i) => i > 1 && x.items.some((it) => it.str.trim() === 'Appendix: evidence files')) + 1;
    expect(rows.find((r) => r.title === 'Appendix: evidence files')?.page).toBe(appendixPage);
    expect(appendixPage).toBe(starts.policy - 1);
    expect(rows.filter((r) => r.title.startsWith('1.1:'))).toEqual([
      { title: '1.1: Council tax policy', page: starts.policy },
      { title: `1.1: Case notes ${SENTINEL}`, page: starts.notes },
      { title: '1.1: March proposal', page: starts.march },
      { title: '1.1: Cabinet decision', page: starts.decision },
    ]);
    // The appendix page lists each file with what it evidences, and whether the public version has it.
    const listing = p.pages[appendixPage - 1]?.text ?? '';
    expect(listing).toContain('The update of Tuesday 1 December 2026');
    expect(listing).toContain('Not included: members only');
    // The action's own block names its files.
    expect(p.pages.some((x) => x.text.includes('Council tax policy; Case notes') && x.text.includes('(in the appendix)'))).toBe(true);

    // The outline: the appendix with an entry per file, at its start page.
    const appendix = find(p.outline, 'Appendix: evidence files');
    expect(appendix?.page).toBe(appendixPage);
    expect(appendix?.children.map((c) => [c.title, c.page])).toEqual(rows.filter((r) => r.title.startsWith('1.1:')).map((r) => [r.title, r.page]));

    // Each file page names its action; a members-only one says so.
    expect(p.pages[starts.policy]?.text).toContain('Evidence for action 1.1');
    expect(p.pages[starts.notes - 1]?.text).toContain('Evidence for action 1.1, members only: not for the public version');
    expect(p.pages[starts.policy - 1]?.text).not.toContain('members only');

    // The hostile file's text is there; its script, open action and embedded program are not.
    expect(activeNamesInQpdfJson(await hostilePdf('x'))).toEqual(expect.arrayContaining(['/EmbeddedFiles', '/JS', '/JavaScript', '/OpenAction']));
    expect(activeNamesInQpdfJson(built.bytes)).toEqual([]);
    expect(pdfinfoJs(built.bytes).trim()).toBe('');
    expect(Buffer.from(built.bytes).toString('latin1')).not.toContain('payload.exe');
  });

  it('public pack: only the files marked public; the members-only file (its title and text) nowhere', async () => {
    const built = await make({ kind: 'priority', number: 1 }, 'public');
    const p = await readPack(built.bytes);
    const all = everything(p);
    expect(all).not.toContain(SENTINEL);
    expect(Buffer.from(built.bytes).toString('latin1')).not.toContain(SENTINEL);
    expect(all).toContain('PUBLIC-POLICY-TEXT');
    expect(all).toContain('HOSTILE-DECISION-TEXT');
    expect(outlineTitles(find(p.outline, 'Appendix: evidence files')?.children ?? [])).toEqual(['1.1: Council tax policy', '1.1: March proposal', '1.1: Cabinet decision']);
    const rows = contents(p).filter((r) => r.title.startsWith('1.1:'));
    for (const r of rows) expect(p.pages[r.page - 1]?.text, r.title).toContain('Evidence for action 1.1');
    expect(firstPageWith(p, 'MARCH-UPDATE-EVIDENCE')).toBe(rows[1]?.page);
    expect(all).not.toContain('members only');
    expect(p.pages.length).toBe(rows[2]?.page);
  });

  it('a stored evidence file whose bytes changed stops the pack, naming the file and its action', async () => {
    const sha = ws.db.prepare("SELECT file_sha256 FROM evidence_files WHERE title = 'Council tax policy'").pluck().get() as string;
    const bytes = Buffer.from(ws.db.prepare('SELECT bytes FROM files WHERE sha256 = ?').pluck().get(sha) as Buffer);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0x20;
    ws.db.prepare('UPDATE files SET bytes = ? WHERE sha256 = ?').run(bytes, sha);
    await expect(make({ kind: 'priority', number: 1 }, 'public')).rejects.toMatchObject({
      code: 'corrupt',
      message: 'The evidence file “Council tax policy” of action 1.1 has changed since it was stored (its checksum does not match). Remove it from the action and add the PDF again.',
    });
  });

  it("a period's pack leaves out the files of updates outside it; a scope with no files has no appendix", async () => {
    const p = await readPack((await make({ kind: 'period', from: '2026-12-01', to: '2026-12-31' }, 'members')).bytes);
    const all = everything(p);
    expect(all).not.toContain('MARCH-UPDATE-EVIDENCE');
    expect(all).toContain('PUBLIC-POLICY-TEXT');
    expect(all).toContain(SENTINEL);
    const none = await readPack((await make({ kind: 'principle', code: 'a' }, 'members')).bytes);
    expect(outlineTitles(none.outline)).not.toContain('Appendix: evidence files');
  });
});
