/**
 * Page-tree repair, before a report's pages are counted, sanitised or copied. Readers forgive
 * page trees that pdf-lib does not, and those broke packs at publishing (pdf.js corpus: a page
 * whose /Parent is not a page tree, a page with no MediaBox, /Resources given as a stream, a root
 * /Pages that is a single page, kids with no /Type). This walks the tree from the catalog the way
 * a reader does, in order, once per node (cycles and shared kids are skipped), and rebuilds it as
 * one flat /Pages node whose kids are the pages found, each carrying what it used to inherit
 * (MediaBox, CropBox, Resources, Rotate) and pointing back at the new node.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFPageLeaf, PDFPageTree, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

const N = (s: string): PDFName => PDFName.of(s);
const INHERITED = ['MediaBox', 'CropBox', 'Resources', 'Rotate'] as const;
/** US Letter, as PDF readers assume for a page that gives no size. */
const DEFAULT_MEDIA_BOX = [0, 0, 612, 792];
const MAX_DEPTH = 64;

/** What was repaired, in plain words for the log and the benchmark (empty when nothing). */
export function repairPageTree(doc: PDFDocument): string[] {
  const ctx = doc.context;
  const fixes = new Set<string>();
  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const dictOf = (o: PDFObject | undefined): PDFDict | undefined => {
    const v = lookup(o);
    return v instanceof PDFDict ? v : undefined;
  };
  /** The box's numbers when it is four finite numbers enclosing at least a point each way. */
  const box = (o: PDFObject | undefined): number[] | null => {
    const v = lookup(o);
    if (!(v instanceof PDFArray) || v.size() !== 4) return null;
    const n = v.asArray().map((x) => {
      const y = lookup(x);
      return y instanceof PDFNumber ? y.asNumber() : NaN;
    });
    if (!n.every(Number.isFinite)) return null;
    return Math.abs(n[2]! - n[0]!) >= 1 && Math.abs(n[3]! - n[1]!) >= 1 ? n : null;
  };

  const leaves: { ref: PDFRef | null; dict: PDFDict; inherited: Map<string, PDFObject> }[] = [];
  const seen = new Set<PDFObject>();
  const walk = (o: PDFObject | undefined, inherited: Map<string, PDFObject>, depth: number): void => {
    const node = dictOf(o);
    if (!node || depth > MAX_DEPTH || seen.has(node)) return;
    seen.add(node);
    const here = new Map(inherited);
    for (const key of INHERITED) {
      const v = node.get(N(key));
      if (v !== undefined) here.set(key, v);
    }
    const kids = lookup(node.get(N('Kids')));
    const type = node.get(N('Type'));
    if (kids instanceof PDFArray && !(type instanceof PDFName && type.decodeText() === 'Page')) {
      for (const kid of kids.asArray()) walk(kid, here, depth + 1);
      return;
    }
    leaves.push({ ref: o instanceof PDFRef ? o : null, dict: node, inherited: here });
  };
  const root = doc.catalog.get(N('Pages'));
  walk(root, new Map(), 0);
  if (leaves.length === 0) return [];

  const treeRef = ctx.nextRef();
  const tree = PDFPageTree.withContext(ctx);
  const kids: PDFRef[] = [];
  for (const leaf of leaves) {
    const entries = new Map(leaf.dict.entries());
    const page = leaf.dict instanceof PDFPageLeaf ? leaf.dict : PDFPageLeaf.fromMapWithContext(entries, ctx);
    if (!(leaf.dict instanceof PDFPageLeaf)) fixes.add('a page without /Type /Page');
    const lookupParent = lookup(leaf.dict.get(N('Parent')));
    if (!(lookupParent instanceof PDFPageTree)) fixes.add('a page whose /Parent is not a page tree');
    for (const key of INHERITED) {
      const own = page.get(N(key));
      const inherited = leaf.inherited.get(key);
      if (own === undefined && inherited !== undefined) page.set(N(key), inherited);
    }
    const media = box(page.get(N('MediaBox')));
    if (!media) {
      page.set(N('MediaBox'), ctx.obj(DEFAULT_MEDIA_BOX));
      fixes.add('a page without a usable MediaBox');
    }
    // A crop box that is broken or misses the page shows nothing; readers fall back to the media box.
    const crop = box(page.get(N('CropBox')));
    const m = media ?? DEFAULT_MEDIA_BOX;
    const meets = crop && Math.min(crop[0]!, crop[2]!) < Math.max(m[0]!, m[2]!) && Math.min(m[0]!, m[2]!) < Math.max(crop[0]!, crop[2]!) && Math.min(crop[1]!, crop[3]!) < Math.max(m[1]!, m[3]!) && Math.min(m[1]!, m[3]!) < Math.max(crop[1]!, crop[3]!);
    if (page.has(N('CropBox')) && !meets) {
      page.delete(N('CropBox'));
      fixes.add('a broken crop box');
    } else if (crop) {
      // Readers show the crop box clipped to the media box; so must the stamps.
      const clip = [Math.max(Math.min(crop[0]!, crop[2]!), Math.min(m[0]!, m[2]!)), Math.max(Math.min(crop[1]!, crop[3]!), Math.min(m[1]!, m[3]!)), Math.min(Math.max(crop[0]!, crop[2]!), Math.max(m[0]!, m[2]!)), Math.min(Math.max(crop[1]!, crop[3]!), Math.max(m[1]!, m[3]!))];
      if (clip.some((v, i) => Math.abs(v - [Math.min(crop[0]!, crop[2]!), Math.min(crop[1]!, crop[3]!), Math.max(crop[0]!, crop[2]!), Math.max(crop[1]!, crop[3]!)][i]!) > 0.01)) {
        page.set(N('CropBox'), ctx.obj(clip));
        fixes.add('a crop box outside the page');
      }
    }
    const resources = lookup(page.get(N('Resources')));
    if (resources instanceof PDFStream) {
      // A stream's dictionary holds the resources (pdf.js reads it so); copy it as a plain dictionary.
      page.set(N('Resources'), resources.dict.clone(ctx));
      fixes.add('/Resources given as a stream');
    } else if (!(resources instanceof PDFDict)) {
      page.set(N('Resources'), ctx.obj({}));
    }
    page.set(N('Parent'), treeRef);
    page.set(N('Type'), N('Page'));
    const ref = leaf.ref ?? ctx.nextRef();
    ctx.assign(ref, page);
    kids.push(ref);
  }
  tree.set(N('Kids'), ctx.obj(kids));
  tree.set(N('Count'), PDFNumber.of(kids.length));
  ctx.assign(treeRef, tree);
  const oldRoot = dictOf(root);
  if (!(oldRoot instanceof PDFPageTree)) fixes.add('a root that is not a page tree');
  doc.catalog.set(N('Pages'), treeRef);
  return [...fixes];
}
