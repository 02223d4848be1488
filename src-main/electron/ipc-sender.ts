/**
 * Who may call the main process over IPC: only the top frame of our own window, showing our own
 * origin. Pure (structural types, no `electron` import) so it is unit-tested under plain Node.
 */
export const APP_ORIGIN = 'app://vanthu';

interface FrameLike {
  url: string;
}
/** The parts of IpcMainInvokeEvent the check reads. */
export interface SenderEventLike {
  sender: { id: number; mainFrame: FrameLike };
  /** null when the frame navigated away or was destroyed before the call arrived. */
  senderFrame: FrameLike | null;
}

export function trustedSender(event: SenderEventLike, windowContentsId: number): boolean {
  const frame = event.senderFrame;
  return (
    event.sender.id === windowContentsId && frame !== null && frame === event.sender.mainFrame && frame.url.startsWith(`${APP_ORIGIN}/`)
  );
}
