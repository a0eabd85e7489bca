/** Rendering pdfmake document definitions to bytes. (Being written: see packs helper.) */
export interface RenderResult {
  buffer: Buffer;
  pages: number;
}
export type PdfDefinition = Record<string, unknown>;
export type PdfRenderer = (doc: PdfDefinition, onProgress?: (done: number, total: number) => void) => Promise<RenderResult>;
