import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

/**
 * The page sees one fixed object, never ipcRenderer: two calls, both on channels we own.
 * Channel names are repeated here (not imported) so the sandboxed preload bundle stays tiny.
 */
const bridge = {
  invoke: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('vanthu:rpc', name, input),
  on: (listener: (name: string, payload: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on('vanthu:event', wrapped);
    return () => ipcRenderer.removeListener('vanthu:event', wrapped);
  },
  /** Opens a stored PDF (by sha256) with the system print dialog. */
  print: (sha256: string): Promise<unknown> => ipcRenderer.invoke('vanthu:print', sha256),
};

contextBridge.exposeInMainWorld('bridge', bridge);
