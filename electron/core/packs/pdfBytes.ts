/**
 * Byte-level repairs for files that neither pdf-lib nor its fork will parse but PDF readers and
 * qpdf open (pdf.js corpus): a header with no version ("%PDF-1."), a file that ends without the
 * startxref offset or %%EOF, and a document catalog without /Type /Catalog. pdf-lib reads objects
 * in order rather than by the offsets in the xref table, so inserting bytes is safe.
 */
const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** The bytes with the repairs that apply, and what they were; null when none applies. */
export function patchPdfBytes(bytes: Uint8Array): { bytes: Uint8Array; repairs: string[] } | null {
  let text = latin1(bytes);
  const repairs: string[] = [];
  // A header whose version is missing or broken.
  const header = /%PDF-(?!\d\.\d)[^\r\n]*/.exec(text.slice(0, 1024));
  if (header) {
    text = text.slice(0, header.index) + '%PDF-1.7' + text.slice(header.index + header[0].length);
    repairs.push('a broken %PDF- header');
  }
  // A file cut short after "startxref", or with no %%EOF.
  const tail = text.slice(-1024);
  if (!/startxref\s*\d+\s*%%EOF\s*$/.test(tail)) {
    const at = text.lastIndexOf('startxref');
    text = (at >= 0 && at > text.length - 1024 ? text.slice(0, at) : text) + '\nstartxref\n0\n%%EOF\n';
    repairs.push('a missing startxref or %%EOF');
  }
  // A catalog without /Type /Catalog (the last trailer's /Root).
  const roots = [...text.matchAll(/\/Root\s+(\d+)\s+(\d+)\s+R/g)];
  const root = roots[roots.length - 1];
  if (root) {
    const obj = new RegExp(`(^|[\\r\\n\\s])${root[1]}\\s+${root[2]}\\s+obj\\s*<<`, 'g');
    let m: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((m = obj.exec(text))) last = m;
    if (last) {
      const start = last.index + last[0].length;
      const end = text.indexOf('endobj', start);
      const body = text.slice(start, end < 0 ? start + 4096 : end);
      if (!/\/Type\s*\/Catalog/.test(body)) {
        text = `${text.slice(0, start)}/Type/Catalog ${text.slice(start)}`;
        repairs.push('a catalog without /Type /Catalog');
      }
    }
  }
  return repairs.length > 0 ? { bytes: new Uint8Array(Buffer.from(text, 'latin1')), repairs } : null;
}
