/**
 * Scanned reports often carry JPEG 2000 images. pdf.js 6 decodes them with a separate decoder
 * (WebAssembly, or its JavaScript build); PanelPack keeps wasm off so the CSP needs no
 * 'wasm-unsafe-eval', and ships the JavaScript decoder at pdfjs/ (scripts/pdfjsDecoders.ts).
 * This draws a real JPEG 2000 image in the viewer, under the app's CSP header, and reads the
 * colours back off the canvas: without the decoder the page is drawn blank.
 */
import type { Page } from '@playwright/test';
import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { createMeeting } from '../../electron/core/meetings/mutations';
import { recordPublication } from '../../electron/core/meetings/publications';
import { localToday } from '../../shared/logic/dates';
import { expect, test } from './fixtures';
import { PapersPage } from './pages/papers';
import { core, createWorkspace } from './workspaces';

/** A 32 × 32 JPEG 2000 codestream (made with OpenJPEG's opj_compress, lossless): left half red (200, 30, 30), right half blue (30, 60, 200). */
const J2K = Buffer.from('/0//UQAvAAAAAAAgAAAAIAAAAAAAAAAAAAAAIAAAACAAAAAAAAAAAAADBwEBBwEBBwEB/1IADAAAAAEBBQQEAAH/XAATQEBISFBISFBISFBISFBISFD/ZAAlAAFDcmVhdGVkIGJ5IE9wZW5KUEVHIHZlcnNpb24gMi41LjD/kAAKAAAAAADAAAH/k8fUBAhfw+cEAD/fgBAEr8D5AQABf8faBAAAb8/ACAW3wHwhgAgVr8faCgAI8Sc4v8faCgABaF6jn8B8IoAXKuE2Z8faEAAXLHN/nWF2kcfaEgAX16F/kYa7SUvA+QMAIW4NGL5/x9ocACFuDRi+ZC1gUEkMP2x/x9oaACIaCe2H4PbFMTr8In/AfCKANfI/qq/H2hoANfI/44qTtAMJAsR4f8faGAA2nkGrZw+0AwWGHH//2Q==', 'base64');

async function pdfWithJpx(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const image = doc.context.register(doc.context.stream(J2K, { Type: 'XObject', Subtype: 'Image', Width: 32, Height: 32, Filter: 'JPXDecode' }));
  const name = page.node.newXObject('Im', image);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(160, 0, 0, 160, 20, 20), drawObject(name), popGraphicsState());
  return doc.save();
}

/** The canvas colour at a point given as fractions of the page's width and height. */
async function colourAt(page: Page, fx: number, fy: number): Promise<number[]> {
  return page.locator('.paper-page[data-page="1"] canvas').evaluate(
    (el, [x, y]) => {
      // Runs in the page; Node's tsconfig has no DOM lib.
      const canvas = el as unknown as { width: number; height: number; getContext(t: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
      const d = canvas.getContext('2d').getImageData(Math.floor(canvas.width * x!), Math.floor(canvas.height * y!), 1, 1).data;
      return [d[0]!, d[1]!, d[2]!];
    },
    [fx, fy],
  );
}

test('a JPEG 2000 image in a report is drawn, with wasm off and the CSP unchanged', async ({ page, bridge }) => {
  const said: string[] = [];
  page.on('console', (m) => said.push(m.text()));
  page.on('pageerror', (e) => said.push(e.message));
  await createWorkspace(bridge);
  const board = await core(bridge, 'bodies:create', { name: 'Corporate Parenting Board', kind: 'board', chairRole: '', members: [] });
  const ws = bridge.api.workspace;
  if (!ws) throw new Error('No workspace open');
  const meeting = createMeeting(ws, { bodyId: board.id, meetingDate: '2026-12-17', startTime: '14:00', venue: 'Committee Room 1' }, localToday());
  const publication = recordPublication(ws, { meetingId: meeting.id, kind: 'members_pack', bytes: await pdfWithJpx(), pages: 1 });

  const viewer = new PapersPage(page);
  await viewer.goto(meeting.id, publication.id);
  await expect(viewer.pageAt(1)).toHaveAttribute('data-drawn', 'yes');
  // The image covers 20..180 of 200 points each way: sample well inside each half.
  const left = await colourAt(page, 0.3, 0.5);
  const right = await colourAt(page, 0.7, 0.5);
  expect(left[0]).toBeGreaterThan(150);
  expect(left[2]).toBeLessThan(90);
  expect(right[2]).toBeGreaterThan(150);
  expect(right[0]).toBeLessThan(90);
  expect(said.filter((m) => /JpxError|OpenJPEG|getJsInstance|Refused to|wasm/i.test(m))).toEqual([]);
});
