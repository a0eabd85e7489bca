/**
 * Damage that survives into a pack: pages whose content or images cannot be decoded. pdf-lib
 * copies streams as they are, so a broken image reaches the pack silently and prints blank; this
 * decodes each page's content streams, images and forms (the filters pdf-lib can decode; a JPEG
 * or JPEG 2000 image is checked for its signature) so the clerk is told at attach which pages.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';

const N = (s: string): PDFName => PDFName.of(s);
const DECODABLE = new Set(['FlateDecode', 'Fl', 'LZWDecode', 'LZW', 'ASCII85Decode', 'A85', 'ASCIIHexDecode', 'AHx', 'RunLengthDecode', 'RL']);
const COMPONENTS: Record<string, number> = { DeviceGray: 1, G: 1, DeviceRGB: 3, RGB: 3, DeviceCMYK: 4, CMYK: 4, Indexed: 1, I: 1 };
const MAX_DEPTH = 4;

export interface PageDamage {
  /** 1-based pages with an image that cannot be decoded. */
  images: number[];
  /** 1-based pages whose own content (text and drawing) cannot be decoded. */
  content: number[];
}

function filtersOf(ctx: PDFContext, d: PDFDict): string[] {
  const f = d.get(N('Filter'));
  const v = f instanceof PDFRef ? ctx.lookup(f) : f;
  if (v instanceof PDFName) return [v.decodeText()];
  if (v instanceof PDFArray) return v.asArray().map((x) => (x instanceof PDFName ? x.decodeText() : '?'));
  return [];
}

const num = (ctx: PDFContext, o: PDFObject | undefined): number | undefined => {
  const v = o instanceof PDFRef ? ctx.lookup(o) : o;
  return v instanceof PDFNumber ? v.asNumber() : undefined;
};

/** The number of colour components of an image's colour space, when it is simple to tell. */
function components(ctx: PDFContext, cs: PDFObject | undefined): number | undefined {
  const v = cs instanceof PDFRef ? ctx.lookup(cs) : cs;
  if (v instanceof PDFName) return COMPONENTS[v.decodeText()];
  if (v instanceof PDFArray) {
    const kind = v.get(0);
    if (kind instanceof PDFName && (kind.decodeText() === 'Indexed' || kind.decodeText() === 'I')) return 1;
    if (kind instanceof PDFName && kind.decodeText() === 'ICCBased') {
      const icc = v.lookup(1);
      return icc instanceof PDFStream ? num(ctx, icc.dict.get(N('N'))) : undefined;
    }
  }
  return undefined;
}

/** Whether a stream is broken: its data cannot be decoded, or an image's data is too short or not what its filter says. */
export function streamBroken(ctx: PDFContext, s: PDFStream): boolean {
  if (!(s instanceof PDFRawStream)) return false;
  const filters = filtersOf(ctx, s.dict);
  const last = filters[filters.length - 1];
  const leading = filters.every((f) => DECODABLE.has(f));
  const image = (s.dict.get(N('Subtype')) as PDFName | undefined)?.decodeText?.() === 'Image';
  let data: Uint8Array;
  if (leading) {
    try {
      data = decodePDFRawStream(s).decode();
    } catch {
      return true;
    }
  } else if ((last === 'DCTDecode' || last === 'DCT' || last === 'JPXDecode') && filters.slice(0, -1).every((f) => DECODABLE.has(f))) {
    if (filters.length > 1) return false; // Rare; not checked.
    data = s.getContents();
    if (last === 'JPXDecode') return !(data[0] === 0xff && data[1] === 0x4f) && !(data[4] === 0x6a && data[5] === 0x50);
    return !(data[0] === 0xff && data[1] === 0xd8);
  } else {
    return false; // CCITT, JBIG2, Crypt or unknown: pdf-lib cannot tell.
  }
  if (!image || s.dict.has(N('ImageMask')) || s.dict.has(N('Mask'))) return false;
  const w = num(ctx, s.dict.get(N('Width')));
  const h = num(ctx, s.dict.get(N('Height')));
  const bpc = num(ctx, s.dict.get(N('BitsPerComponent'))) ?? 8;
  const comps = components(ctx, s.dict.get(N('ColorSpace')));
  if (!w || !h || !comps) return false;
  return data.length < Math.ceil((w * bpc * comps) / 8) * h;
}

/** Pages (1-based) with images or content that cannot be decoded; empty lists when none. */
export function damagedPages(doc: PDFDocument): PageDamage {
  const ctx = doc.context;
  const damage: PageDamage = { images: [], content: [] };
  const verdicts = new Map<PDFObject, boolean>();
  const broken = (s: PDFStream): boolean => {
    let v = verdicts.get(s);
    if (v === undefined) verdicts.set(s, (v = streamBroken(ctx, s)));
    return v;
  };
  const lookupDict = (o: PDFObject | undefined): PDFDict | undefined => {
    const v = o instanceof PDFRef ? ctx.lookup(o) : o;
    return v instanceof PDFDict ? v : undefined;
  };
  /** Images and forms reachable from resources: 'image' or 'content' when one is broken. */
  const inResources = (res: PDFDict | undefined, depth: number, seen: Set<PDFObject>): 'image' | 'content' | null => {
    const xobjects = lookupDict(res?.get(N('XObject')));
    if (!xobjects || depth > MAX_DEPTH) return null;
    for (const [, ref] of xobjects.entries()) {
      const x = ref instanceof PDFRef ? ctx.lookup(ref) : ref;
      if (!(x instanceof PDFStream) || seen.has(x)) continue;
      seen.add(x);
      const sub = x.dict.get(N('Subtype'));
      const isImage = sub instanceof PDFName && sub.decodeText() === 'Image';
      if (broken(x)) return isImage ? 'image' : 'content';
      const smask = x.dict.get(N('SMask'));
      const sm = smask instanceof PDFRef ? ctx.lookup(smask) : undefined;
      if (isImage && sm instanceof PDFStream && broken(sm)) return 'image';
      if (!isImage) {
        const inner = inResources(lookupDict(x.dict.get(N('Resources'))), depth + 1, seen);
        if (inner) return inner;
      }
    }
    return null;
  };
  doc.getPages().forEach((page, i) => {
    const contents = page.node.get(N('Contents'));
    const list = contents instanceof PDFRef ? ctx.lookup(contents) : contents;
    const streams = (list instanceof PDFArray ? list.asArray().map((r) => (r instanceof PDFRef ? ctx.lookup(r) : r)) : [list]).filter((s): s is PDFStream => s instanceof PDFStream);
    if (streams.some(broken)) {
      damage.content.push(i + 1);
      return;
    }
    const found = inResources(lookupDict(page.node.get(N('Resources'))), 0, new Set());
    if (found === 'image') damage.images.push(i + 1);
    else if (found === 'content') damage.content.push(i + 1);
  });
  return damage;
}

const list = (pages: number[]): string => {
  const words = pages.map(String);
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
};

/** What to tell the clerk, or null: "Pages 3 and 7 have images that may print blank." */
export function describeDamage(d: PageDamage): string | null {
  const parts: string[] = [];
  const say = (pages: number[], what: string, whatOne: string): void => {
    if (pages.length === 0) return;
    const page = parts.length === 0 ? 'Page' : 'page';
    parts.push(pages.length === 1 ? `${page} ${pages[0]} has ${whatOne}` : `${page}s ${list(pages)} have ${what}`);
  };
  say(d.images, 'images that may print blank', 'an image that may print blank');
  say(d.content, 'text or drawings that cannot be read and may print blank', 'text or drawings that cannot be read and may print blank');
  if (parts.length === 0) return null;
  const one = d.images.length + d.content.length === 1;
  return `${parts.join('; ')}. Check ${one ? 'that page' : 'those pages'} in the pack, or save or print the report as a new PDF and attach that.`;
}
