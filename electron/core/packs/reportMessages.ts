/** What the clerk is told about a report PanelPack cannot put in a pack (no pdf-lib here: attach loads that lazily). */
export const PASSWORD_MESSAGE = 'This PDF needs a password to open. Open it, then save or print it as a new PDF without a password.';
export const DAMAGED_MESSAGE =
  'This file is damaged: PanelPack cannot read it as a PDF. Open it in a PDF reader and save or print it as a new PDF (or export it again from the program that made it), then attach that.';
export const UNCHECKABLE_MESSAGE =
  'PanelPack could not check this PDF for scripts and other active content, so it cannot go into a pack. Print it to a new PDF and attach that.';
