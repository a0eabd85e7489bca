/**
 * Page numbers as a member sees them. A pack sets PDF page labels so the reader's number is the
 * one stamped on the printed page ("Page 37 of 212"); a file may also number its front matter
 * i, ii… Where a page's label is not simply its position, both are shown, so "page 7" in the
 * agenda and "the 9th page of the file" can never be confused.
 */

/** The label of 1-based page `page`: the file's own, else the page's position. */
export function labelOf(page: number, labels: readonly string[] | null): string {
  return labels?.[page - 1] || String(page);
}

/** "Page 37 of 212", or "Page ii (2 of 212)" where the label is not the position. */
export function pageIndicator(page: number, total: number, labels: readonly string[] | null): string {
  const label = labelOf(page, labels);
  return label === String(page) ? `Page ${page} of ${total}` : `Page ${label} (${page} of ${total})`;
}

/**
 * The page a member typed: a label as printed on the page ("ii", "7") first, as that is the
 * number the agenda and the stamp give; else a position in the file. Null when it is neither.
 */
export function pageFromInput(text: string, total: number, labels: readonly string[] | null): number | null {
  const typed = text.trim().replace(/^page\s+/i, '');
  if (!typed) return null;
  if (labels) {
    const i = labels.findIndex((l) => l.toLowerCase() === typed.toLowerCase());
    if (i >= 0) return i + 1;
  }
  if (!/^\d+$/.test(typed)) return null;
  const n = Number(typed);
  return n >= 1 && n <= total ? n : null;
}
