/**
 * The paper every PanelPack PDF is printed on: A4, margins, fonts, the house styles, the running
 * header (council and board) and the "Page X of Y" footer. Builders (action log, agendas, packs)
 * supply content only and call paper() for the rest.
 *
 * Definitions stay JSON-serialisable (ARCHITECTURE.md "PDFs") so they can cross to the render
 * worker by structured clone. pdfmake draws page numbers through header/footer *functions*, so the
 * definition carries the furniture as data (`furniture`) and withFurniture() turns it into those
 * functions just before rendering, on whichever thread renders.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { graphemes, inTextFont, printableRuns } from '../../../shared/logic/printable';
import { resourcePath } from '../resources';
import { EMOJI_FONT, textRuns, withFontRuns } from './fontRuns';

/** A pdfmake content node, kept to the JSON subset PanelPack uses. */
export type PdfContent = string | PdfContent[] | PdfNode;

export interface PdfNode {
  text?: PdfContent;
  stack?: PdfContent[];
  columns?: PdfContent[];
  table?: PdfTable;
  /** A layout by name: pdfmake's own or one of TABLE_LAYOUTS. */
  layout?: string;
  style?: string | string[];
  [key: string]: unknown;
}

export interface PdfTable {
  body: PdfContent[][];
  widths?: (number | string)[];
  headerRows?: number;
  keepWithHeaderRows?: number;
  dontBreakRows?: boolean;
}

export interface PdfStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  fillColor?: string;
  lineHeight?: number;
  margin?: number[];
  alignment?: 'left' | 'right' | 'center' | 'justify';
}

/** What is printed on every page, as data: the renderer draws it with the page numbers. */
export interface PageFurniture {
  /** Top left: the council and board. */
  headerLeft: string;
  /** Top right: the document's name. */
  headerRight: string;
  /** Bottom left, e.g. "Generated Sunday 22 November 2026". */
  footerLeft: string;
  /**
   * False for the parts of an agenda pack: the pack stamps its own "Page N of M" on every page
   * once the parts are merged (packs/pack.ts), so the parts leave that corner blank.
   */
  pageNumbers?: boolean;
  /** Papers not (yet) published: "DRAFT" across every page, and in the running header. */
  draft?: boolean;
}

/** A complete, JSON-serialisable document definition: what builders return and renderers take. */
export interface PdfDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  language: string;
  displayTitle: boolean;
  info: { title: string; author: string; subject: string; creator: string; producer: string; creationDate: string };
  defaultStyle: PdfStyle;
  styles: Record<string, PdfStyle>;
  content: PdfContent[];
  furniture: PageFurniture;
}

/** A4 in points, by orientation. */
export const A4 = {
  portrait: { width: 595.28, height: 841.89 },
  landscape: { width: 841.89, height: 595.28 },
} as const;

/** Left, top, right, bottom. The top and bottom leave room for the running header and footer. */
export const MARGINS: [number, number, number, number] = [36, 58, 36, 46];

/** The usable width and height inside the margins, for builders that size columns and rows. */
export function bodyArea(orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const page = A4[orientation];
  return { width: page.width - MARGINS[0] - MARGINS[2], height: page.height - MARGINS[1] - MARGINS[3] };
}

/**
 * House colours. Every text/fill pair here meets WCAG 2.2 AA contrast (4.5:1 for normal text);
 * tests/core/pdf.test.ts checks them.
 */
export const COLOURS = {
  text: '#1A1A1A',
  muted: '#4A4A4A',
  rule: '#8A96A3',
  grid: '#B8C2CC',
  headerFill: '#1F3A5F',
  headerText: '#FFFFFF',
  groupFill: '#E3EAF2',
  groupText: '#13263D',
  warning: '#A4161A',
} as const;

/**
 * The fonts every document uses; files are in resources/fonts (Medium serves as bold). Noto Emoji
 * (monochrome, one weight) draws the emoji and symbols Roboto lacks (fontRuns.ts picks per
 * character); pdfkit embeds only the glyphs a document uses.
 */
export const FONT_FILES = {
  Roboto: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
  [EMOJI_FONT]: {
    normal: 'NotoEmoji-Regular.ttf',
    bold: 'NotoEmoji-Regular.ttf',
    italics: 'NotoEmoji-Regular.ttf',
    bolditalics: 'NotoEmoji-Regular.ttf',
  },
} as const;

export const BASE_STYLES: Record<string, PdfStyle> = {
  title: { fontSize: 18, bold: true, color: COLOURS.groupText, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 10.5, color: COLOURS.text, margin: [0, 0, 0, 2] },
  meta: { fontSize: 9, color: COLOURS.muted },
  tableHeader: { bold: true, fontSize: 8.5, color: COLOURS.headerText, fillColor: COLOURS.headerFill },
  groupHeading: { bold: true, fontSize: 10, color: COLOURS.groupText, fillColor: COLOURS.groupFill },
  empty: { fontSize: 11, italics: true, color: COLOURS.muted, margin: [0, 12, 0, 0] },
  furniture: { fontSize: 8, color: COLOURS.muted },
};

type LayoutNode = { table: { body: unknown[]; headerRows?: number } };

/** The grid layout's rules and cell padding, for builders that size columns and rows. */
export const GRID = { hRule: 0.5, vRule: 0, padX: 4, padY: 3 } as const;

/**
 * Table layouts by name, registered with pdfmake by the renderer (a definition names its layout,
 * since functions cannot cross to the worker). `grid`: a thin rule under every row and no
 * vertical rules (easier to read across, and fewer lines to draw in a long log).
 */
export const TABLE_LAYOUTS = {
  grid: {
    hLineWidth: () => GRID.hRule,
    vLineWidth: () => GRID.vRule,
    hLineColor: () => COLOURS.grid,
    vLineColor: () => COLOURS.grid,
    paddingLeft: () => GRID.padX,
    paddingRight: () => GRID.padX,
    paddingTop: () => GRID.padY,
    paddingBottom: () => GRID.padY,
  },
} satisfies Record<string, Record<string, (i: number, node: LayoutNode) => number | string>>;

export interface PaperOptions {
  councilName: string;
  boardName: string;
  /** The document's name, e.g. "Action log": the running header, PDF title and metadata. */
  title: string;
  orientation: 'portrait' | 'landscape';
  /** The moment the document was made (ISO timestamp): PDF metadata. */
  createdAt: string;
  /** Bottom-left footer text. */
  footerLeft: string;
  subject?: string;
  /** Extra styles for this document; they override the house styles of the same name. */
  styles?: Record<string, PdfStyle>;
  /** The full PDF title (metadata), when it is not "<title>: <board>". */
  documentTitle?: string;
  /** False when the pages are numbered later (agenda packs). */
  pageNumbers?: boolean;
  /** Papers not (yet) published: DRAFT on every page. */
  draft?: boolean;
}

/** Puts content on PanelPack paper. */
export function paper(opts: PaperOptions, content: PdfContent[]): PdfDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: opts.orientation,
    pageMargins: MARGINS,
    language: 'en-GB',
    displayTitle: true,
    info: {
      title: opts.documentTitle ?? `${opts.title}: ${opts.boardName}`,
      author: opts.councilName,
      subject: opts.subject ?? opts.title,
      creator: 'PanelPack',
      producer: 'PanelPack (pdfmake)',
      creationDate: opts.createdAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15, color: COLOURS.text },
    styles: { ...BASE_STYLES, ...opts.styles },
    content,
    furniture: {
      headerLeft: `${opts.councilName} · ${opts.boardName}`,
      headerRight: opts.draft ? `DRAFT · ${opts.title}` : opts.title,
      footerLeft: opts.footerLeft,
      pageNumbers: opts.pageNumbers ?? true,
      ...(opts.draft ? { draft: true } : {}),
    },
  };
}

/** "Page 3 of 12" */
export function pageLabel(page: number, of: number): string {
  return `Page ${page} of ${of}`;
}

type PageSize = { width: number; height: number };
type Furniture = (currentPage: number, pageCount: number, pageSize: PageSize) => PdfContent;

/** What pdfmake itself takes: the definition with furniture turned into header/footer functions. */
export type PdfmakeDocument = Omit<PdfDefinition, 'furniture' | 'info'> & {
  info: Omit<PdfDefinition['info'], 'creationDate'> & { creationDate: Date };
  header: Furniture;
  footer: Furniture;
  watermark?: { text: string; color: string; opacity: number; bold: boolean; fontSize: number };
};

/** The word across every page of papers that are not published. */
export const DRAFT_MARK = 'DRAFT';

/**
 * Turns the furniture into pdfmake's header and footer functions. `onPageCount` hears the total
 * number of pages (pdfmake passes it to every footer call), which is how renderers count pages.
 * All text, furniture included, is split into font runs here (fontRuns.ts), so no builder can
 * print a character its font lacks.
 */
export function withFurniture(def: PdfDefinition, onPageCount?: (pages: number) => void): PdfmakeDocument {
  const { furniture, info, ...rest } = def;
  const [headerLeft, headerRight, footerLeft] = [furniture.headerLeft, furniture.headerRight, furniture.footerLeft].map(textRuns);
  const [left, , right] = def.pageMargins;
  const creationDate = new Date(info.creationDate);
  if (Number.isNaN(creationDate.getTime())) throw new RangeError(`Not a timestamp: ${info.creationDate}`);
  return {
    ...rest,
    content: rest.content.map(withFontRuns),
    info: { ...info, creationDate },
    ...(furniture.draft ? { watermark: { text: DRAFT_MARK, color: COLOURS.warning, opacity: 0.14, bold: true, fontSize: 120 } } : {}),
    header: (_page, _count, size) => ({
      margin: [left, 22, right, 0],
      stack: [
        {
          columns: [
            { text: headerLeft, style: 'furniture', width: '*' },
            { text: headerRight, style: 'furniture', bold: true, alignment: 'right', width: 'auto' },
          ],
        },
        { canvas: [{ type: 'line', x1: 0, y1: 4, x2: size.width - left - right, y2: 4, lineWidth: 0.5, lineColor: COLOURS.rule }] },
      ],
    }),
    footer: (page, count) => {
      onPageCount?.(count);
      return {
        margin: [left, 16, right, 0],
        columns: [
          { text: footerLeft, style: 'furniture', width: '*' },
          { text: furniture.pageNumbers === false ? '' : pageLabel(page, count), style: 'furniture', alignment: 'right', width: 'auto' },
        ],
      };
    },
  };
}

/** Measures wrapped text as pdfmake will lay it out, so builders can size rows before rendering. */
export interface TextMeasure {
  /** `text` broken into the lines it takes at `width` points and `fontSize` (regular weight). */
  wrap(text: string, width: number, fontSize: number): string[];
  /** Lines `text` takes wrapped to `width` points at `fontSize` (regular weight). */
  lines(text: string, width: number, fontSize: number): number;
  /** The height of one line at `fontSize` with `spacing` (the style's lineHeight). */
  lineHeight(fontSize: number, spacing: number): number;
}

interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
  layout(text: string): { advanceWidth: number };
}

const measures = new Map<string, TextMeasure>();

/**
 * A TextMeasure over the real Roboto metrics. fontkit is the font engine inside pdfkit, which
 * pdfmake draws with; it is resolved through them so the measure and the renderer agree. Wrapping
 * is greedy at spaces, as pdfmake's is; pdfmake may also break after hyphens, so this never
 * counts fewer lines than pdfmake draws. Words wider than the column are split, as pdfmake splits them.
 */
export function fontMeasure(fontsDir: string = resourcePath('fonts')): TextMeasure {
  const cached = measures.get(fontsDir);
  if (cached) return cached;
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const fontkit = createRequire(fromPdfmake.resolve('pdfkit'))('fontkit') as { openSync(path: string): FontkitFont };
  const font = fontkit.openSync(join(fontsDir, FONT_FILES.Roboto.normal));
  let emojiFont: FontkitFont | undefined;
  const ems = new Map<string, number>();
  // 2% spare for kerning and rounding: a row measured a little tall is harmless, too short is not.
  // A unit is a character Roboto draws, or an emoji cluster, which Noto Emoji shapes as one glyph.
  const em = (unit: string): number => {
    let w = ems.get(unit);
    if (w === undefined) {
      const cp = unit.codePointAt(0) ?? 32;
      if (unit.length <= 2 && String.fromCodePoint(cp) === unit && inTextFont(cp)) {
        w = (font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm) * 1.02;
      } else {
        emojiFont ??= fontkit.openSync(join(fontsDir, FONT_FILES[EMOJI_FONT].normal));
        w = (emojiFont.layout(unit).advanceWidth / emojiFont.unitsPerEm) * 1.02;
      }
      ems.set(unit, w);
    }
    return w;
  };
  const units = (s: string): string[] => (printableRuns(s).every((r) => r.font === 'text') ? Array.from(s) : graphemes(s));
  const widthOf = (s: string): number => {
    let w = 0;
    for (const u of units(s)) w += em(u);
    return w;
  };
  const measure: TextMeasure = {
    wrap(text, width, fontSize) {
      const max = width / fontSize;
      const out: string[] = [];
      // Measured as it will print: the marker for characters no font has, emoji in their own font.
      const printed = printableRuns(text)
        .map((r) => r.text)
        .join('');
      for (const paragraph of printed.split(/\r?\n|\r/)) {
        let line = '';
        let x = 0;
        let gap = '';
        let gapWidth = 0;
        const breakLine = (): void => {
          out.push(line);
          line = '';
          x = 0;
          gap = '';
          gapWidth = 0;
        };
        for (const m of paragraph.matchAll(/(\S+)(\s*)/g)) {
          const word = m[1] ?? '';
          const w = widthOf(word);
          if (line && x + gapWidth + w > max) breakLine();
          if (w > max) {
            // Wider than the column: split between characters, as pdfmake does.
            for (const ch of units(word)) {
              const c = em(ch);
              if (line && x + gapWidth + c > max) breakLine();
              line += gap + ch;
              x += gapWidth + c;
              gap = '';
              gapWidth = 0;
            }
          } else {
            line += gap + word;
            x += gapWidth + w;
          }
          gap = m[2] ?? '';
          gapWidth = widthOf(gap);
        }
        out.push(line);
      }
      return out;
    },
    lines(text, width, fontSize) {
      return measure.wrap(text, width, fontSize).length;
    },
    lineHeight: (fontSize, spacing) => ((font.ascent - font.descent) / font.unitsPerEm) * fontSize * spacing,
  };
  measures.set(fontsDir, measure);
  return measure;
}
