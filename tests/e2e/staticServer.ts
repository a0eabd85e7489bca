/**
 * The built renderer on 127.0.0.1 and a random free port, answered by the app's own app://
 * protocol handler (electron/main/appProtocol.ts): the same files, MIME types, refusals and
 * Content-Security-Policy header the Electron window gets, so the browser tests run the page
 * under the policy exactly as the app sends it.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { APP_ORIGIN, appResponse } from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`The built renderer is missing (${join(root, 'index.html')}). Run \`npx electron-vite build\` first, or use \`npm run test:e2e\`.`);
  }
  const server = createServer((req, res) => {
    // req.url is the path and query as the browser sent them; the handler sees them under app://panelpack.
    void appResponse({ url: `${APP_ORIGIN}${req.url ?? '/'}`, method: req.method ?? 'GET' }, root, CONTENT_SECURITY_POLICY)
      .then(async (answer) => {
        const headers: Record<string, string> = { 'cache-control': 'no-store' };
        answer.headers.forEach((value, name) => (headers[name] = value));
        res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch((err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
