import { AppError } from '../../src-shared/rpc/errors';

/**
 * The answer of app://vanthu/files/<sha256> (PDF preview, download), without Electron so it can be
 * tested: 404 for an unknown file, 403 with the reason for a withheld one (recalled entry), else
 * the file streamed by `open` (Electron's net.fetch of the file URL).
 */
export async function storedFileResponse(
  sha256: string,
  locateFile: (sha256: string) => { path: string; mediaType: string } | null,
  open: (file: string) => Promise<Response>,
): Promise<Response> {
  let stored: { path: string; mediaType: string } | null;
  try {
    stored = locateFile(sha256);
  } catch (err) {
    if (!(err instanceof AppError) || err.kind !== 'Forbidden') throw err;
    return new Response(err.message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  if (!stored) return new Response('Not found', { status: 404 });
  const body = await open(stored.path);
  return new Response(body.body, { headers: { 'content-type': stored.mediaType, 'x-content-type-options': 'nosniff' } });
}
