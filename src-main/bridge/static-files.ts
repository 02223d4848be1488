import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/**
 * Resolves a URL path inside `root`, refusing anything that escapes it (`..`, encoded slashes,
 * absolute paths). Unknown paths fall back to index.html so the single-page app owns its routes.
 * Shared by the HTTP bridge and Electron's app:// protocol.
 */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootResolved = path.resolve(root);
  const target = path.resolve(rootResolved, '.' + path.posix.normalize('/' + decoded));
  if (target !== rootResolved && !target.startsWith(rootResolved + path.sep)) return null;
  let file = target;
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    if (path.extname(decoded) !== '') return null;
    file = path.join(rootResolved, 'index.html');
  }
  return { file, type: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/** The renderer's content security policy: own scripts only, no eval, no remote connections. */
export function contentSecurityPolicy(connectSrc: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connectSrc}`.trim(),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
