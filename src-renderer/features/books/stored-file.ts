import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import type { Client } from '../../bridge/client';

/** The bytes of a generated file (book, report, export), fetched by id through the transport. */
async function fetchBlob(client: Client, file: StoredOutput): Promise<Blob> {
  const { url, headers } = client.fileSource(file.sha256);
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Blob([await res.arrayBuffer()], { type: file.mediaType });
}

/** Saves a generated file under its suggested name. */
export async function downloadStored(client: Client, file: StoredOutput): Promise<void> {
  const href = URL.createObjectURL(await fetchBlob(client, file));
  const a = document.createElement('a');
  a.href = href;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * Opens a PDF in the browser's viewer (browser mode), where the clerk prints it. In Electron new
 * windows are denied by design, so the file is saved instead (the print dialog is the shell's job).
 */
export async function openStored(client: Client, file: StoredOutput): Promise<void> {
  if (client.transport === 'electron') return downloadStored(client, file);
  const href = URL.createObjectURL(await fetchBlob(client, file));
  const win = window.open(href, '_blank', 'noopener');
  if (!win) await downloadStored(client, file);
  setTimeout(() => URL.revokeObjectURL(href), 300_000);
}

