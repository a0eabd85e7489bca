/** Text cells made safe for spreadsheets (CSV and .xlsx), and read back. Browser-safe. */

/** Characters that make a spreadsheet read a cell (or a line in one) as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell made safe for a spreadsheet: a quote before every line that starts like a formula.
 * csv-stringify's `escape_formulas` looks at the cell's first character only, so in
 * "Title\n=2+2" the second line went out as it was; any program (or person pasting) that takes a
 * multi-line cell line by line then meets a formula. A cell that starts with CR gets a quote
 * too, as OWASP lists CR among the formula triggers.
 */
export function defuseFormulas(cell: string): string {
  return cell
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && FORMULA_START.test(part) ? `'${part}` : part))
    .join('')
    .replace(/^\r/, "'\r");
}

/** A cell as it was before defuseFormulas: the quote taken off each line that starts like a formula. */
export function restoreFormulas(cell: string): string {
  return cell
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && /^'[=+\-@\t\r]/.test(part) ? part.slice(1) : part))
    .join('')
    .replace(/^'\r/, '\r');
}
