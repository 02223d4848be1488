/**
 * The `HubTransport` port: what the sync engine needs from an exchange hub (trục liên thông).
 * Adapters: the national VDXP adapter API (vdxp-adapter.ts); provincial variants can follow.
 * Every method either resolves with validated data or rejects with an AppError whose
 * `details.hub` says how the engine should react (see HubFailure).
 */
import { AppError, appError, type ErrorCode, type ErrorParams } from '../../../../src-shared/rpc/errors';

export type MessageType = 'edoc' | 'status';
export type AckStatus = 'done' | 'fail' | 'processing';

export interface PacketBody {
  path: string;
  size: number;
  /** sha256 of the file, lowercase hex (64 chars). */
  sha256: string;
}

export interface ReceivedItem {
  docId: string;
  messageType: MessageType;
  from: string | null;
  to: string | null;
  createdTime: string | null;
  status: string | null;
  statusDesc: string | null;
}

export interface SentItem {
  senderDocId: string | null;
  receiverDocId: string | null;
  fromCode: string | null;
  toCode: string | null;
  title: string | null;
  notation: string | null;
  messageType: string | null;
  sentTime: string | null;
  receiveStatus: string | null;
  receiveStatusDesc: string | null;
}

export interface HubAgency {
  id: string | null;
  code: string;
  name: string;
  mail: string | null;
  pid: string | null;
  oldCode: string | null;
}

export interface DownloadedPacket {
  size: number;
  sha256: string;
}

export interface HubTransport {
  readonly name: string;
  sendEdoc(req: { messageType: MessageType; from: string; to?: string; packet: PacketBody }): Promise<{ docId: string }>;
  getReceivedEdocList(messageType: MessageType): Promise<ReceivedItem[]>;
  /** Downloads one packet to `destPath` without holding it in memory. */
  getEdoc(docId: string, destPath: string): Promise<DownloadedPacket>;
  updateStatus(docId: string, status: AckStatus): Promise<void>;
  getSentEdocList(messageType: MessageType, docId?: string): Promise<SentItem[]>;
  getAgenciesList(): Promise<HubAgency[]>;
  close(): void;
}

/**
 * How a hub failure should be handled:
 * - `transient`: network down, timeout, reset, 5xx, HTML page, garbled JSON — retry later (kind Offline);
 * - `rejected`: the hub answered and refused this request (status FAIL) — the item needs attention;
 * - `auth`: the hub refused our credentials — nothing can move until the clerk fixes the settings.
 */
export type HubFailure = 'transient' | 'rejected' | 'auth';

/** A hub failure: its text from the catalog (`hub.*` keys; Offline when transient), `details.hub` says how to handle it. */
export function hubError(code: ErrorCode, failure: HubFailure, params?: ErrorParams, details: Record<string, unknown> = {}): AppError {
  return appError(code, params, { ...details, hub: failure });
}

export function hubFailureOf(err: unknown): HubFailure | null {
  if (err instanceof AppError) {
    const f = err.details?.hub;
    if (f === 'transient' || f === 'rejected' || f === 'auth') return f;
  }
  return null;
}
