/**
 * pdfjs-dist 6 (used by the tests to read PDFs back as a member's reader would) declares Node
 * 22.13+, and of what Node 20 lacks it needs only `Promise.withResolvers` (ES2024; Node 22 has it;
 * its legacy build polyfills the rest). The app itself never runs pdf.js under Node: the viewer
 * runs it in Electron's Chromium. Loaded before every vitest file (vitest.config.ts setupFiles);
 * does nothing on Node 22 and later.
 */
interface WithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };
}

const P = Promise as unknown as WithResolvers;
if (typeof P.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
