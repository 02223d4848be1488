import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy, resolveStatic } from '../bridge/static-files';
import { storedFileResponse } from './stored-file-response';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Serves the built renderer from app://vanthu/, with the same traversal checks as the HTTP bridge,
 * and stored files from app://vanthu/files/<sha256> (PDF preview).
 */
export function serveRenderer(rendererDir: string, locateFile: (sha256: string) => { path: string; mediaType: string } | null): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const fileMatch = url.host === 'vanthu' ? /^\/files\/([0-9a-f]{64})$/.exec(url.pathname) : null;
    if (fileMatch) return storedFileResponse(fileMatch[1]!, locateFile, (file) => net.fetch(pathToFileURL(file).toString()));
    const found = url.host === 'vanthu' ? resolveStatic(rendererDir, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404 });
    const file = await net.fetch(pathToFileURL(found.file).toString());
    return new Response(file.body, {
      headers: { 'content-type': found.type, 'content-security-policy': contentSecurityPolicy(''), 'x-content-type-options': 'nosniff' },
    });
  });
}
