/**
 * The page sanitiser: the one place that takes active content out of a PDF before any of its
 * pages are copied into something PanelPack publishes (agenda packs today; minutes, evidence packs
 * and visit papers later). A council publishes the public pack on its website, so a report's
 * page-open script, launch action or hidden attachment must never ride along.
 *
 * `sanitiseDocument(doc)` changes the loaded document in place and returns what it removed, by
 * kind; `describeRemoved(counts)` says that in plain words for the clerk. What it does:
 *  - drops every /AA (automatic actions: page open/close, annotation and field events, the
 *    document's own) and /OpenAction;
 *  - keeps only safe actions (GoTo, local threads, the four standard Named page moves,
 *    SetOCGState, Trans, and URI links to http:, https: and mailto:), also inside /Next chains,
 *    and drops every other (JavaScript, Launch, SubmitForm, ResetForm, ImportData, GoToR, GoToE,
 *    remote threads, RichMedia, Movie, Sound, Rendition, 3D views, Hide, anything unknown);
 *  - drops the document's JavaScript, EmbeddedFiles, Renditions and AlternatePresentations name
 *    trees, associated files (/AF), portfolios, and every embedded file stream;
 *  - flattens form widgets (./flatten.ts: draws each normal appearance into the page, so a filled-in form
 *    still shows what it said) and drops the AcroForm (and any XFA in it);
 *  - drops sticky notes, comments and other markup annotations with their pop-ups (they carry
 *    authors' names and private remarks), file attachments, media and unknown annotations; links
 *    are kept when their action is, watermarks and printer's marks are kept without actions.
 * Everything else about a page (its content, resources, boxes, rotation) is left as it was.
 *
 * Written on pdf-lib's object API because no maintained npm library sanitises PDFs in plain
 * Node (qpdf and Ghostscript are native tools the app cannot assume on a council laptop).
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFStream, PDFString, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { emptyReport, type RemovedKind, type SanitiseReport } from './removed';
import { drawWidgetAppearance, generateMissingAppearances, someWidgetLacksAppearance } from './flatten';

export type { RemovedKind, SanitiseReport } from './removed';
export { describeRemoved, emptyReport, removedTotal } from './removed';

const SAFE_URI = /^(https?|mailto):/i;
const SAFE_NAMED = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);
const ACTION_KIND: Record<string, RemovedKind> = {
  JavaScript: 'scripts',
  Launch: 'launches',
  SubmitForm: 'formActions',
  ResetForm: 'formActions',
  ImportData: 'formActions',
  GoToR: 'remoteLinks',
  GoToE: 'remoteLinks',
  RichMediaExecute: 'media',
  Movie: 'media',
  Sound: 'media',
  Rendition: 'media',
  GoTo3DView: 'media',
};
/** Markup annotations: comments in a reader's comments pane (PDF 32000-1 §12.5.6.2). */
const COMMENTS = new Set(['Text', 'FreeText', 'Line', 'Square', 'Circle', 'Polygon', 'PolyLine', 'Highlight', 'Underline', 'Squiggly', 'StrikeOut', 'Caret', 'Ink', 'Stamp', 'Redact', 'Projection']);
const MEDIA = new Set(['Sound', 'Movie', 'Screen', 'RichMedia', '3D']);
/** Annotations that are part of how a page prints and carry nothing of their own. */
const KEPT_MARKS = new Set(['Watermark', 'PrinterMark', 'TrapNet']);

const N = (s: string): PDFName => PDFName.of(s);
const nameOf = (o: PDFObject | undefined): string | undefined => (o instanceof PDFName ? o.decodeText() : undefined);
const textOf = (o: PDFObject | undefined): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/**
 * Changes `doc` (freshly loaded) in place so that no active content is left in it; returns what
 * was removed. Pages copied from it, or the whole document saved, carry none.
 */
export function sanitiseDocument(doc: PDFDocument): SanitiseReport {
  const s = new Sanitiser(doc.context);
  s.flattenAndFilterAnnotations(doc);
  s.catalog(doc.catalog);
  s.sweep();
  return s.counts;
}

class Sanitiser {
  readonly counts = emptyReport();
  /** Action objects already counted (one shared by two links is one thing removed). */
  private readonly counted = new Set<PDFRef>();

  constructor(private readonly ctx: PDFContext) {}

  private dict(o: PDFObject | undefined): PDFDict | undefined {
    const v = o instanceof PDFRef ? this.ctx.lookup(o) : o;
    if (v instanceof PDFDict) return v;
    if (v instanceof PDFStream) return v.dict;
    return undefined;
  }

  private array(o: PDFObject | undefined): PDFArray | undefined {
    const v = o instanceof PDFRef ? this.ctx.lookup(o) : o;
    return v instanceof PDFArray ? v : undefined;
  }

  /** The kind an action is removed as, or null when it is safe to keep. */
  private verdict(action: PDFDict): RemovedKind | null {
    const s = nameOf(action.get(N('S')));
    switch (s) {
      case 'GoTo':
      case 'SetOCGState':
      case 'Trans':
        return null;
      case 'Thread':
        return action.has(N('F')) ? 'remoteLinks' : null;
      case 'Named':
        return SAFE_NAMED.has(nameOf(action.get(N('N'))) ?? '') ? null : 'other';
      case 'URI': {
        // Control characters and spaces are ignored by some readers ("java\tscript:"), so strip them first.
        const uri = [...(textOf(action.get(N('URI'))) ?? '')].filter((c) => c.charCodeAt(0) > 0x20 && !/\s/.test(c)).join('');
        return SAFE_URI.test(uri) ? null : 'unsafeLinks';
      }
      default:
        return (s !== undefined && ACTION_KIND[s]) || 'other';
    }
  }

  /** Counts an action (and its /Next chain) as removed. */
  private countRemoved(o: PDFObject | undefined, seen = new Set<PDFObject>()): void {
    if (o === undefined || seen.has(o)) return;
    seen.add(o);
    const list = this.array(o);
    if (list) {
      for (const a of list.asArray()) this.countRemoved(a, seen);
      return;
    }
    const action = this.dict(o);
    if (!action) return;
    if (o instanceof PDFRef) {
      if (this.counted.has(o)) return;
      this.counted.add(o);
    }
    const kind = this.verdict(action);
    if (kind) this.counts[kind] += 1;
    this.countRemoved(action.get(N('Next')), seen);
  }

  /**
   * The action (or array of actions) with every unsafe one removed, its /Next chain pruned the same
   * way; undefined when nothing safe is left. Removed actions are counted.
   */
  private prune(o: PDFObject | undefined, seen = new Set<PDFObject>()): PDFObject | undefined {
    if (o === undefined) return undefined;
    if (seen.has(o)) return undefined;
    seen.add(o);
    const list = this.array(o);
    if (list) {
      const kept = list.asArray().flatMap((a) => {
        const p = this.prune(a, seen);
        return p === undefined ? [] : [p];
      });
      return kept.length === 0 ? undefined : this.ctx.obj(kept);
    }
    const action = this.dict(o);
    if (!action) return undefined;
    if (this.verdict(action) !== null) {
      this.countRemoved(o);
      return undefined;
    }
    const next = this.prune(action.get(N('Next')), seen);
    if (next === undefined) action.delete(N('Next'));
    else action.set(N('Next'), next);
    return o;
  }

  /**
   * Removes /AA (counting what it held) and prunes /A and /PA (a link's former URI action);
   * false when the /A it had was removed.
   */
  private cleanActions(d: PDFDict): boolean {
    const aa = this.dict(d.get(N('AA')));
    if (aa) for (const [, action] of aa.entries()) this.countRemoved(action);
    d.delete(N('AA'));
    let actionKept = true;
    for (const key of ['A', 'PA']) {
      if (!d.has(N(key))) continue;
      const kept = this.prune(d.get(N(key)));
      if (kept === undefined) {
        d.delete(N(key));
        if (key === 'A') actionKept = false;
      } else {
        d.set(N(key), kept);
      }
    }
    return actionKept;
  }

  /** Each page's annotations: widgets flattened, safe links and print marks kept, the rest dropped. */
  flattenAndFilterAnnotations(doc: PDFDocument): void {
    const acroForm = this.dict(doc.catalog.get(N('AcroForm')));
    let hadForm = acroForm !== undefined && ((this.array(acroForm.get(N('Fields')))?.size() ?? 0) > 0 || acroForm.has(N('XFA')));
    if (acroForm && hadForm && someWidgetLacksAppearance(doc)) generateMissingAppearances(doc, acroForm);
    for (const page of doc.getPages()) {
      const annots = this.array(page.node.get(N('Annots')));
      if (!annots) {
        page.node.delete(N('Annots'));
        continue;
      }
      const kept: PDFObject[] = [];
      for (const ref of annots.asArray()) {
        const annot = this.dict(ref);
        if (!annot) continue;
        const subtype = nameOf(annot.get(N('Subtype'))) ?? '';
        // A media annotation's own play action is part of the one thing removed, not another.
        if (MEDIA.has(subtype)) for (const key of ['A', 'AA', 'PA']) annot.delete(N(key));
        const actionKept = this.cleanActions(annot);
        if (subtype === 'Link') {
          if (actionKept) kept.push(ref);
        } else if (subtype === 'Widget') {
          hadForm = true;
          drawWidgetAppearance(page, annot);
        } else if (KEPT_MARKS.has(subtype)) {
          kept.push(ref);
        } else if (subtype === 'Popup') {
          // Part of a comment: goes with it, and is not counted again.
        } else if (COMMENTS.has(subtype)) {
          this.counts.comments += 1;
        } else if (subtype === 'FileAttachment') {
          this.counts.embeddedFiles += 1;
        } else if (MEDIA.has(subtype)) {
          this.counts.media += 1;
        } else {
          this.counts.other += 1;
        }
      }
      if (kept.length > 0) page.node.set(N('Annots'), this.ctx.obj(kept));
      else page.node.delete(N('Annots'));
      // Gone from the file too, so a later save of the whole document cannot carry them.
      for (const ref of annots.asArray()) if (ref instanceof PDFRef && !kept.includes(ref)) this.ctx.delete(ref);
    }
    if (hadForm) this.counts.forms += 1;
  }

  /** The document catalog: its automatic actions, script and file trees, form and attachments. */
  catalog(catalog: PDFDict): void {
    const open = catalog.get(N('OpenAction'));
    // An /OpenAction may also be a plain destination (an array), which is harmless but goes too.
    if (open !== undefined && !this.array(open)) this.prune(open);
    catalog.delete(N('OpenAction'));
    this.cleanActions(catalog);
    const names = this.dict(catalog.get(N('Names')));
    if (names) {
      this.counts.scripts += this.countNameTree(names.get(N('JavaScript')));
      this.counts.embeddedFiles += this.countNameTree(names.get(N('EmbeddedFiles')));
      this.counts.media += this.countNameTree(names.get(N('Renditions')));
      this.counts.media += this.countNameTree(names.get(N('AlternatePresentations')));
      for (const key of ['JavaScript', 'EmbeddedFiles', 'Renditions', 'AlternatePresentations']) names.delete(N(key));
    }
    for (const key of ['AcroForm', 'Collection', 'URI', 'Perms']) catalog.delete(N(key));
  }

  /** How many entries a name tree holds (its leaves' /Names pairs). */
  private countNameTree(o: PDFObject | undefined, depth = 0): number {
    const node = this.dict(o);
    if (!node || depth > 32) return 0;
    const leaves = this.array(node.get(N('Names')))?.size() ?? 0;
    const kids = this.array(node.get(N('Kids')))?.asArray() ?? [];
    return Math.floor(leaves / 2) + kids.reduce((n, k) => n + this.countNameTree(k, depth + 1), 0);
  }

  /**
   * Every object in the file, not only what the pages reach: /AA, /OpenAction and unsafe /A
   * anywhere (outlines, form fields, structure elements), associated and embedded files, and the
   * objects of removed actions, so nothing is left for a later copy or save to pick up.
   */
  sweep(): void {
    const doomed: PDFRef[] = [];
    for (const [ref, obj] of this.ctx.enumerateIndirectObjects()) {
      const d = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
      if (!d) {
        if (obj instanceof PDFArray) this.sweepArray(obj, 0);
        continue;
      }
      const type = nameOf(d.get(N('Type')));
      if (type === 'EmbeddedFile' || (d.has(N('S')) && this.isActionDict(d) && this.verdict(d) !== null)) {
        doomed.push(ref);
        continue;
      }
      this.sweepDict(d, 0);
    }
    for (const ref of doomed) this.ctx.delete(ref);
  }

  /** An action dictionary, as opposed to another dictionary that happens to have /S (a transition, a structure element). */
  private isActionDict(d: PDFDict): boolean {
    const type = nameOf(d.get(N('Type')));
    if (type === 'Action') return true;
    if (type !== undefined) return false;
    const s = nameOf(d.get(N('S')));
    return s !== undefined && (s in ACTION_KIND || ['URI', 'Launch', 'Named', 'Hide', 'Thread', 'GoTo'].includes(s)) && !d.has(N('P'));
  }

  private sweepDict(d: PDFDict, depth: number): void {
    if (depth > 16) return;
    if (d.has(N('AA')) || d.has(N('A')) || d.has(N('PA'))) this.cleanActions(d);
    if (d.has(N('OpenAction'))) {
      const open = d.get(N('OpenAction'));
      if (!this.array(open)) this.prune(open);
      d.delete(N('OpenAction'));
    }
    // A file specification keeps its name (a link may show it) but loses the file inside it.
    for (const key of ['EF', 'RF', 'AF', 'JS', 'RichMediaContent']) d.delete(N(key));
    for (const [key, value] of d.entries()) {
      if (key.decodeText() === 'Parent' || key.decodeText() === 'P') continue;
      if (value instanceof PDFDict) this.sweepDict(value, depth + 1);
      else if (value instanceof PDFArray) this.sweepArray(value, depth + 1);
    }
  }

  private sweepArray(a: PDFArray, depth: number): void {
    if (depth > 16) return;
    for (const v of a.asArray()) {
      if (v instanceof PDFDict) this.sweepDict(v, depth + 1);
      else if (v instanceof PDFArray) this.sweepArray(v, depth + 1);
    }
  }
}
