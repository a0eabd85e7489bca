/**
 * Draws a chart definition (a Vega spec, ./trend.ts) as SVG text with vega's headless view. The
 * same function serves the PDF (pdfmake's `svg` node, vector) and the screen (core answers the
 * renderer with it), so both draw the same chart. Text is measured with vega's own estimate, never a
 * canvas, so the SVG is the same wherever it is drawn. vega is loaded when the first chart is drawn.
 */
import type { VegaSpec } from './trend';

export async function chartSvg(spec: VegaSpec): Promise<string> {
  const vega = await import('vega');
  // Exported by vega (from vega-scenegraph) but missing from its type declarations.
  (vega as unknown as { textMetrics: { canvas(use: boolean): void } }).textMetrics.canvas(false);
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
