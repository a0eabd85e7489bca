/**
 * The page sanitiser on its own, over the hostile corpus: what it counts, that a saved copy has
 * nothing active left by qpdf's and poppler's reading, that what a page showed stays, and the
 * clerk's sentence.
 */
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRemoved, emptyReport, sanitiseDocument } from '../../../electron/core/packs/sanitise';
import { activeNamesInQpdfJson, pdfinfoJs, urisInQpdfJson } from '../../helpers/activeContent';
import { readPack } from '../../helpers/readPack';
import { COMMENT_AUTHOR, DRAWN_FORM_VALUE, FORM_VALUE, GOV_UK, ORPHAN_FORM_VALUE, hostileCorpus, type HostilePdf } from './hostilePdfs';

let corpus: HostilePdf[];
beforeAll(async () => {
  corpus = await hostileCorpus();
});

async function sanitised(bytes: Uint8Array): Promise<{ report: ReturnType<typeof sanitiseDocument>; bytes: Uint8Array }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const report = sanitiseDocument(doc);
  return { report, bytes: await doc.save() };
}

describe('sanitiseDocument over the hostile corpus', () => {
  it('the corpus really is hostile: poppler sees the scripts, qpdf the launch, files and media', () => {
    expect(pdfinfoJs(corpus.find((h) => h.filename === 'Page open script.pdf')!.bytes)).toContain("app.alert('Page open: hostile')");
    expect(pdfinfoJs(corpus.find((h) => h.filename === 'Document open script.pdf')!.bytes)).toContain('this.print()');
    for (const h of corpus.filter((x) => x.removed.scripts || x.removed.launches || x.removed.embeddedFiles || x.removed.media)) {
      expect(activeNamesInQpdfJson(h.bytes), h.filename).not.toEqual([]);
    }
  });

  it('counts what it removes, by kind, for each file', async () => {
    for (const h of corpus) {
      const { report } = await sanitised(h.bytes);
      expect(report, h.filename).toEqual({ ...emptyReport(), ...h.removed });
    }
  });

  it('leaves nothing active in a saved copy: pdfinfo -js prints nothing, qpdf finds none of the names', async () => {
    for (const h of corpus) {
      const { bytes } = await sanitised(h.bytes);
      expect(pdfinfoJs(bytes), h.filename).toBe('');
      expect(activeNamesInQpdfJson(bytes), h.filename).toEqual([]);
    }
  });

  it('keeps http(s) and mailto links and drops javascript: and file: ones', async () => {
    const good = await sanitised(corpus.find((h) => h.filename === 'Gov.uk link.pdf')!.bytes);
    expect(urisInQpdfJson(good.bytes)).toEqual([GOV_UK, 'mailto:clerk@northbrook.gov.uk']);
    const bad = await sanitised(corpus.find((h) => h.filename === 'Script link.pdf')!.bytes);
    expect(urisInQpdfJson(bad.bytes)).toEqual([]);
  });

  it("keeps each page's text, draws the filled-in forms into the page and drops the comments' names", async () => {
    for (const h of corpus) {
      const before = await readPack(h.bytes);
      const after = await readPack((await sanitised(h.bytes)).bytes);
      expect(after.pages[0]?.text, h.filename).toContain(h.visible);
      if (h.filename === 'Filled form.pdf') {
        // Before, the value was only in the widget (not page text); after, it is drawn on the page.
        expect(before.pages[0]?.text).not.toContain(FORM_VALUE);
        expect(after.pages[0]?.text).toContain(FORM_VALUE);
      }
      if (h.filename === 'Form without AcroForm.pdf') expect(after.pages[0]?.text).toContain(ORPHAN_FORM_VALUE);
      if (h.filename === 'Form needing appearances.pdf') expect(after.pages[0]?.text).toContain(DRAWN_FORM_VALUE);
    }
    const note = await sanitised(corpus.find((h) => h.filename === 'Sticky note.pdf')!.bytes);
    expect(Buffer.from(note.bytes).toString('latin1')).not.toMatch(/Jane Smith/);
    expect(JSON.stringify(urisInQpdfJson(note.bytes))).not.toContain(COMMENT_AUTHOR);
  });

  it('finds nothing the second time', async () => {
    for (const h of corpus) {
      const once = await sanitised(h.bytes);
      expect((await sanitised(once.bytes)).report, h.filename).toEqual(emptyReport());
    }
  });
});

describe('describeRemoved', () => {
  it('says what went, in plain words, with plurals right', () => {
    expect(describeRemoved({ ...emptyReport(), scripts: 2, forms: 1 })).toBe('Removed 2 scripts and 1 form from this report. The filled-in form is kept on the page as it was printed.');
    expect(describeRemoved({ ...emptyReport(), scripts: 1 })).toBe('Removed 1 script from this report.');
    expect(describeRemoved({ ...emptyReport(), scripts: 1, embeddedFiles: 2, comments: 3 })).toBe('Removed 1 script, 2 attached files and 3 comments from this report.');
    expect(describeRemoved({ ...emptyReport(), launches: 2, unsafeLinks: 1 })).toBe('Removed 2 links that start a program and 1 link that is not a web or email address from this report.');
    expect(describeRemoved(emptyReport())).toBe('Nothing active found.');
  });
});
