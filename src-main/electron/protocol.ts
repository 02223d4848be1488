import { net, protocol } from 'electron';
import type { FileAccess } from '../bridge/file-access';
import type { SessionSlot } from '../rpc/router';
import { createAppProtocolHandler } from './app-protocol';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Serves the built renderer from app://vanthu/ and stored files from app://vanthu/files/<sha256>
 * (PDF preview), the files only to the window's session that may read them (app-protocol.ts).
 */
export function serveRenderer(rendererDir: string, files: FileAccess, session: SessionSlot): void {
  protocol.handle('app', createAppProtocolHandler({ rendererDir, files, session, fetchFile: (url) => net.fetch(url) }));
}
