/** Files the intake takes (judged again by content in the main process: the extension is only a hint). */
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';

/** True while the clerk drags files from the desktop (not a page thumbnail being reordered). */
export function isFileDrag(e: { dataTransfer: DataTransfer | null }): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}
