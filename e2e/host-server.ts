// A second origin for the embed tests: a tiny static server for dist/ (the built app, with the
// example host page from public/) on E2E_HOST_PORT, by default the lab's port + 1.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export const LAB_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? LAB_PORT + 1);
export const LAB_ORIGIN = `http://127.0.0.1:${LAB_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;

export function startHost(root = join(process.cwd(), 'dist')): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(HOST_PORT, '127.0.0.1', () => resolve(server));
  });
}
