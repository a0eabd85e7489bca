/**
 * Odd but real reports, made here byte by byte (and encrypted with the system qpdf), the kinds the
 * pdf.js corpus showed breaking packs or being refused for no good reason: no MediaBox, /Resources
 * given as a stream, a /Parent that is not a page tree, owner-password-only and user-password
 * encryption, a broken xref table, no startxref, no %PDF- header, a tiny page, a report's own
 * stamp annotation over the corner, text in the bottom margin, and a page whose image cannot be
 * decoded. Each page shows its own words (`words`), so a test can check they survive in the pack.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OddPdf {
  filename: string;
  /** Words drawn on the pages (in order); every one must still be in the pack. */
  words: string[];
  bytes: Uint8Array;
  /** What PanelPack should do with it. */
  expect: 'accept' | 'password' | 'damaged';
  /** 1-based pages whose images cannot be decoded (named to the clerk at attach). */
  undecodablePages?: number[];
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** A stream object's text: dictionary entries (without << >>) and data, with /Length filled in. */
export function stream(entries: string, data: string | Buffer): string {
  const body = typeof data === 'string' ? data : data.toString('latin1');
  return `<< ${entries} /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`;
}

/** Page content showing `text` at (x, y) in Helvetica `size`, the font resource named /F1. */
export function textContent(lines: { text: string; x: number; y: number; size?: number }[]): string {
  return lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x} ${l.y} Td (${l.text}) Tj ET`).join('\n');
}

interface WriteOptions {
  header?: boolean;
  /** 'ok', offsets shifted by 7 bytes, or no xref table at all. */
  xref?: 'ok' | 'shifted' | 'none';
  startxref?: boolean;
  /** Extra trailer entries. */
  trailer?: string;
}

/** A whole PDF from numbered object bodies (object n is bodies[n - 1]); object 1 is the catalog. */
export function writePdf(bodies: string[], opts: WriteOptions = {}): Uint8Array {
  const { header = true, xref = 'ok', startxref = true, trailer = '' } = opts;
  let out = header ? '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n' : '';
  const offsets: number[] = [];
  bodies.forEach((b, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${b}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  if (xref !== 'none') {
    const shift = xref === 'shifted' ? 7 : 0;
    out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) out += `${String(o + shift).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailer}>>\n`;
  if (startxref) out += `startxref\n${xrefAt}\n`;
  out += '%%EOF\n';
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * A plain report: one page per entry of `pages` (its size and words), A4 unless given. Object 1
 * catalog, 2 page tree, 3 font, then per page: page, content.
 */
export function simplePdf(pages: { words: string[]; size?: [number, number]; y?: number; x?: number }[], opts: WriteOptions = {}): Uint8Array {
  const bodies = ['<< /Type /Catalog /Pages 2 0 R >>', '', FONT];
  const kids: string[] = [];
  for (const p of pages) {
    const [w, h] = p.size ?? [595, 842];
    const pageNo = bodies.length + 1;
    kids.push(`${pageNo} 0 R`);
    bodies.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNo + 1} 0 R >>`);
    bodies.push(stream('', textContent([{ text: p.words.join(' '), x: p.x ?? Math.min(50, w / 10), y: p.y ?? h - Math.min(80, h / 2), size: Math.min(12, h / 5) }])));
  }
  bodies[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  return writePdf(bodies, opts);
}

/** Encrypts with the system qpdf: AES-256, the given user password ('' opens without one). */
export function encrypted(bytes: Uint8Array, user: string, owner: string, bits: 128 | 256 = 256): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'panelpack-odd-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    const extra = bits === 128 ? ['--use-aes=y'] : [];
    const r = spawnSync('qpdf', ['--encrypt', user, owner, String(bits), ...extra, '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`qpdf --encrypt failed: ${r.stderr}`);
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const W = (name: string): string[] => [`${name}`, 'alpha', 'bravo', 'charlie'];

/** One page with text and an annotation whose appearance says `label`, in the bottom right corner. */
function annotatedPdf(words: string[], subtype: 'Stamp' | 'Watermark', label: string): Uint8Array {
  const ap = stream(`/Type /XObject /Subtype /Form /BBox [0 0 120 30] /Resources << /Font << /F1 3 0 R >> >>`, `1 0 0 rg 0 0 120 30 re f BT /F1 14 Tf 1 1 1 rg 8 9 Td (${label}) Tj ET`);
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R /Annots [6 0 R] >>',
    stream('', textContent([{ text: words.join(' '), x: 50, y: 760 }])),
    `<< /Type /Annot /Subtype /${subtype} /Rect [455 10 575 40] /F 4 /AP << /N 7 0 R >> >>`,
    ap,
  ]);
}

/** Every odd report, with what PanelPack should do with it. */
export function oddCorpus(): OddPdf[] {
  const plain = (name: string, filename: string, o: WriteOptions = {}): OddPdf => ({ filename, words: W(name), bytes: simplePdf([{ words: W(name) }], o), expect: 'accept' });
  const corrupt = Buffer.concat([Buffer.from([0x78, 0x9c]), Buffer.from('this is not deflate data at all, it is text', 'latin1')]);
  return [
    {
      filename: 'No MediaBox.pdf',
      words: W('nomediabox'),
      expect: 'accept',
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', textContent([{ text: W('nomediabox').join(' '), x: 50, y: 700 }])),
      ]),
    },
    {
      filename: 'Resources as a stream.pdf',
      words: W('resourcestream'),
      expect: 'accept',
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 6 0 R /Contents 5 0 R >>',
        stream('', textContent([{ text: W('resourcestream').join(' '), x: 50, y: 700 }])),
        stream('/Font << /F1 3 0 R >>', ''),
      ]),
    },
    {
      filename: 'Parent not a page tree.pdf',
      words: W('strayparent'),
      expect: 'accept',
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 /MediaBox [0 0 595 842] >>',
        FONT,
        '<< /Type /Page /Parent 6 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', textContent([{ text: W('strayparent').join(' '), x: 50, y: 700 }])),
        '<< /Producer (not a page tree) >>',
      ]),
    },
    { ...plain('ownerpassword', 'Owner password only.pdf'), bytes: encrypted(simplePdf([{ words: W('ownerpassword') }]), '', 'owner-secret') },
    { ...plain('ownerpasswordaes', 'Owner password only AES-128.pdf'), bytes: encrypted(simplePdf([{ words: W('ownerpasswordaes') }]), '', 'owner-secret', 128) },
    { ...plain('userpassword', 'Needs a password.pdf'), expect: 'password', bytes: encrypted(simplePdf([{ words: W('userpassword') }]), 'open-sesame', 'owner-secret') },
    plain('brokenxref', 'Broken xref.pdf', { xref: 'shifted' }),
    plain('nostartxref', 'No startxref.pdf', { startxref: false, xref: 'none' }),
    plain('noheader', 'No header.pdf', { header: false }),
    {
      ...plain('cutshort', 'Cut short after startxref.pdf'),
      bytes: ((b: string) => new Uint8Array(Buffer.from(b.slice(0, b.lastIndexOf('startxref') + 'startxref\n'.length), 'latin1')))(
        Buffer.from(simplePdf([{ words: W('cutshort') }])).toString('latin1'),
      ),
    },
    {
      ...plain('headerversion', 'Header without a version.pdf'),
      bytes: new Uint8Array(Buffer.from(Buffer.from(simplePdf([{ words: W('headerversion') }])).toString('latin1').replace('%PDF-1.7', '%PDF-1.'), 'latin1')),
    },
    {
      filename: 'Catalog without a type.pdf',
      words: W('untypedcatalog'),
      expect: 'accept',
      bytes: writePdf([
        '<< /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', textContent([{ text: W('untypedcatalog').join(' '), x: 50, y: 700 }])),
      ]),
    },
    { filename: 'Tiny page.pdf', words: ['tiny', 'label'], expect: 'accept', bytes: simplePdf([{ words: ['tiny', 'label'], size: [100, 50], x: 8, y: 20 }]) },
    { filename: 'Approved stamp.pdf', words: W('stamped'), expect: 'accept', bytes: annotatedPdf(W('stamped'), 'Stamp', 'APPROVED') },
    { filename: 'Watermark in the corner.pdf', words: W('watermarked'), expect: 'accept', bytes: annotatedPdf(W('watermarked'), 'Watermark', 'DRAFT') },
    {
      filename: 'Text in the bottom margin.pdf',
      words: ['footer', 'margin', 'words', 'signed', 'off'],
      expect: 'accept',
      bytes: simplePdf([{ words: ['footer', 'margin', 'words', 'signed', 'off'], size: [595, 842], x: 380, y: 20 }]),
    },
    {
      filename: 'Broken image.pdf',
      words: ['page', 'one', 'fine', 'page', 'two', 'picture'],
      expect: 'accept',
      undecodablePages: [2],
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', textContent([{ text: 'page one fine', x: 50, y: 700 }])),
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 8 0 R >> >> /Contents 7 0 R >>',
        stream('', `${textContent([{ text: 'page two picture', x: 50, y: 700 }])}\nq 200 0 0 200 50 400 cm /Im1 Do Q`),
        stream('/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', corrupt),
      ]),
    },
    {
      // Landscape by /Rotate 90: a footer line where the reader sees the bottom right.
      filename: 'Rotated with a footer.pdf',
      words: ['rotated', 'footer', 'text', 'here'],
      expect: 'accept',
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', 'BT /F1 12 Tf 0 1 -1 0 575 640 Tm (rotated footer text here) Tj ET'),
      ]),
    },
    {
      filename: 'Text object left open.pdf',
      words: W('leftopen'),
      expect: 'accept',
      bytes: ((words) => {
        const bodies = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [4 0 R] /Count 1 >>', FONT];
        bodies.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>');
        bodies.push(stream('', `BT /F1 12 Tf 50 700 Td (${words.join(' ')}) Tj`));
        return writePdf(bodies);
      })(W('leftopen')),
    },
    {
      filename: 'Numbers in scientific notation.pdf',
      words: W('scinotation'),
      expect: 'accept',
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', `BT /F1 12 Tf 50 700 Td (${W('scinotation').join(' ')}) Tj ETBT /F1 1.2e1 Tf 50 650 Td (more) Tj ET`),
      ]),
    },
    {
      filename: 'Crop box beyond the page.pdf',
      words: W('widecrop'),
      expect: 'accept',
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /CropBox [-100 -50 1200 900] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', textContent([{ text: W('widecrop').join(' '), x: 50, y: 700 }])),
      ]),
    },
    {
      filename: 'Empty MediaBox.pdf',
      words: W('emptybox'),
      expect: 'accept',
      bytes: writePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
        FONT,
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 0 0] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
        stream('', textContent([{ text: W('emptybox').join(' '), x: 50, y: 700 }])),
      ]),
    },
    { filename: 'Text at the top.pdf', words: ['heading', 'right', 'at', 'the', 'top'], expect: 'accept', bytes: simplePdf([{ words: ['heading', 'right', 'at', 'the', 'top'], x: 230, y: 828 }]) },
    { filename: 'US Letter.pdf', words: W('letter'), expect: 'accept', bytes: simplePdf([{ words: W('letter'), size: [612, 792] }]) },
    { filename: 'A3 landscape plan.pdf', words: W('plan'), expect: 'accept', bytes: simplePdf([{ words: W('plan'), size: [1191, 842] }]) },
  ];
}
