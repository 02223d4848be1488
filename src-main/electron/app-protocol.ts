import { pathToFileURL } from 'node:url';
import { storedFileFor, type FileAccess } from '../bridge/file-access';
import { contentSecurityPolicy, resolveStatic } from '../bridge/static-files';
import type { SessionSlot } from '../rpc/router';

/**
 * The app:// scheme's handler, without `electron` (net.fetch is passed in) so it is tested under plain
 * Node with fake requests. Serves the built renderer from app://vanthu/ (the HTTP bridge's traversal
 * checks) and stored files from app://vanthu/files/<sha256> after the same session check as browser
 * mode's GET /files (storedFileFor): the window's session, held in main beside the IPC transport.
 */
export function createAppProtocolHandler(deps: {
  rendererDir: string;
  files: FileAccess;
  /** The window's sign-in session (the same slot the IPC transport passes to the router). */
  session: SessionSlot;
  fetchFile: (fileUrl: string) => Promise<Response>;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const fileMatch = url.host === 'vanthu' ? /^\/files\/([0-9a-f]{64})$/.exec(url.pathname) : null;
    if (fileMatch) {
      const answer = storedFileFor(fileMatch[1]!, deps.session.id, deps.files);
      if (answer.status === 404) return new Response('Not found', { status: 404 });
      if (answer.status === 403)
        return new Response(answer.message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      const stored = answer.file;
      const body = await deps.fetchFile(pathToFileURL(stored.path).toString());
      return new Response(body.body, { headers: { 'content-type': stored.mediaType, 'x-content-type-options': 'nosniff' } });
    }
    const found = url.host === 'vanthu' ? resolveStatic(deps.rendererDir, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404 });
    const file = await deps.fetchFile(pathToFileURL(found.file).toString());
    return new Response(file.body, {
      headers: { 'content-type': found.type, 'content-security-policy': contentSecurityPolicy(''), 'x-content-type-options': 'nosniff' },
    });
  };
}
