import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import type { Client } from '../../bridge/client';
import { saveBlob } from '../../components/save-blob';

/** The bytes of a generated file (book, report, export), fetched by id through the transport. */
async function fetchBlob(client: Client, file: StoredOutput): Promise<Blob> {
  const { url, headers } = client.fileSource(file.sha256);
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Blob([await res.arrayBuffer()], { type: file.mediaType });
}

/** Saves a generated file under its suggested name. */
export async function downloadStored(client: Client, file: StoredOutput): Promise<void> {
  saveBlob(await fetchBlob(client, file), file.fileName);
}

/**
 * Prints a PDF: in Electron the main process opens it with the system print dialog (preview
 * included); in browser mode it opens in the browser's PDF viewer, where the clerk prints it.
 */
export async function openStored(client: Client, file: StoredOutput): Promise<void> {
  if (client.transport === 'electron') {
    if (window.bridge?.print && file.mediaType === 'application/pdf') {
      await window.bridge.print(file.sha256);
      return;
    }
    return downloadStored(client, file);
  }
  const href = URL.createObjectURL(await fetchBlob(client, file));
  // Not window.open(…, 'noopener'): that always returns null, which read as "blocked" and downloaded
  // the PDF as well. A null here really means a blocked pop-up; the new tab is cut off from us instead.
  const win = window.open(href, '_blank');
  if (win) win.opener = null;
  else await downloadStored(client, file);
  setTimeout(() => URL.revokeObjectURL(href), 300_000);
}
