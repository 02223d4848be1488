import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface SimAgency {
  systemId: string;
  secret: string;
  organId: string;
  name: string;
  mail?: string;
}

export interface SimDocument {
  senderDocId: string;
  fromOrgan: string;
  messageType: 'edoc' | 'status';
  documentId: string | null;
  statusCode: string | null;
  title: string | null;
  notation: string | null;
  file: string;
  size: number;
  createdAt: string;
}

export interface SimDelivery {
  receiverDocId: string;
  senderDocId: string;
  toOrgan: string;
  messageType: 'edoc' | 'status';
  status: 'pending' | 'done' | 'fail' | 'processing';
  createdAt: string;
  updatedAt: string;
  seq: number;
}

type Row = Record<string, string | number | null>;
const str = (v: string | number | null | undefined): string => String(v ?? '');
const strOrNull = (v: string | number | null | undefined): string | null => (v === null || v === undefined ? null : String(v));

function toDelivery(r: Row): SimDelivery {
  return {
    seq: Number(r.seq),
    receiverDocId: str(r.receiver_doc_id),
    senderDocId: str(r.sender_doc_id),
    toOrgan: str(r.to_organ),
    messageType: r.message_type === 'status' ? 'status' : 'edoc',
    status: str(r.status) as SimDelivery['status'],
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

/** The simulator's own store: agencies with credentials, sent packets (files on disk), deliveries. */
export class SimDb {
  readonly sqlite: Database.Database;
  readonly packetsDir: string;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.packetsDir = path.join(dataDir, 'packets');
    fs.mkdirSync(this.packetsDir, { recursive: true });
    this.sqlite = new Database(path.join(dataDir, 'hub.db'));
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('synchronous = NORMAL');
    this.sqlite.exec(`
      CREATE TABLE IF NOT EXISTS agency (system_id TEXT PRIMARY KEY, secret TEXT NOT NULL, organ_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, mail TEXT);
      CREATE TABLE IF NOT EXISTS document (
        sender_doc_id TEXT PRIMARY KEY, from_organ TEXT NOT NULL, message_type TEXT NOT NULL, document_id TEXT,
        status_code TEXT, title TEXT, notation TEXT, file TEXT NOT NULL, size INTEGER NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS delivery (
        seq INTEGER PRIMARY KEY, receiver_doc_id TEXT NOT NULL UNIQUE, sender_doc_id TEXT NOT NULL REFERENCES document(sender_doc_id),
        to_organ TEXT NOT NULL, message_type TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS delivery_pending ON delivery(to_organ, message_type, status);
      CREATE INDEX IF NOT EXISTS document_docid ON document(document_id, from_organ);
    `);
  }

  upsertAgency(a: SimAgency): void {
    this.sqlite
      .prepare(
        'INSERT INTO agency (system_id, secret, organ_id, name, mail) VALUES (?, ?, ?, ?, ?) ON CONFLICT(system_id) DO UPDATE SET secret = excluded.secret, organ_id = excluded.organ_id, name = excluded.name, mail = excluded.mail',
      )
      .run(a.systemId, a.secret, a.organId, a.name, a.mail ?? null);
  }

  agencyBySystemId(systemId: string): SimAgency | undefined {
    const r = this.sqlite.prepare('SELECT system_id, secret, organ_id, name, mail FROM agency WHERE system_id = ?').get(systemId) as
      { system_id: string; secret: string; organ_id: string; name: string; mail: string | null } | undefined;
    return r && { systemId: r.system_id, secret: r.secret, organId: r.organ_id, name: r.name, mail: r.mail ?? undefined };
  }

  agencies(): SimAgency[] {
    return (
      this.sqlite.prepare('SELECT system_id, secret, organ_id, name, mail FROM agency ORDER BY organ_id').all() as {
        system_id: string;
        secret: string;
        organ_id: string;
        name: string;
        mail: string | null;
      }[]
    ).map((r) => ({
      systemId: r.system_id,
      secret: r.secret,
      organId: r.organ_id,
      name: r.name,
      mail: r.mail ?? undefined,
    }));
  }

  organExists(organId: string): boolean {
    return this.sqlite.prepare('SELECT 1 FROM agency WHERE organ_id = ?').get(organId) !== undefined;
  }

  /** Stores a sent packet and its deliveries in one transaction; `copies` > 1 simulates duplicate delivery. */
  addDocument(doc: Omit<SimDocument, 'createdAt'>, recipients: { organId: string; copies: number }[]): void {
    const now = new Date().toISOString();
    this.sqlite.transaction(() => {
      this.sqlite
        .prepare(
          'INSERT INTO document (sender_doc_id, from_organ, message_type, document_id, status_code, title, notation, file, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          doc.senderDocId,
          doc.fromOrgan,
          doc.messageType,
          doc.documentId,
          doc.statusCode,
          doc.title,
          doc.notation,
          doc.file,
          doc.size,
          now,
        );
      const ins = this.sqlite.prepare(
        'INSERT INTO delivery (receiver_doc_id, sender_doc_id, to_organ, message_type, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const r of recipients)
        for (let i = 0; i < r.copies; i++) ins.run(randomUUID(), doc.senderDocId, r.organId, doc.messageType, 'pending', now, now);
    })();
  }

  recipientsOf(documentId: string, fromOrgan: string): string[] {
    return (
      this.sqlite
        .prepare(
          "SELECT DISTINCT d.to_organ AS o FROM delivery d JOIN document x ON x.sender_doc_id = d.sender_doc_id WHERE x.document_id = ? AND x.from_organ = ? AND x.message_type = 'edoc'",
        )
        .all(documentId, fromOrgan) as { o: string }[]
    ).map((r) => r.o);
  }

  pending(toOrgan: string, messageType: string, limit: number): (SimDelivery & { fromOrgan: string })[] {
    return (
      this.sqlite
        .prepare(
          `SELECT d.seq, d.receiver_doc_id, d.sender_doc_id, d.to_organ, d.message_type, d.status, d.created_at, d.updated_at, x.from_organ
         FROM delivery d JOIN document x ON x.sender_doc_id = d.sender_doc_id
         WHERE d.to_organ = ? AND d.message_type = ? AND d.status = 'pending' ORDER BY d.seq LIMIT ?`,
        )
        .all(toOrgan, messageType, limit) as Row[]
    ).map((r) => ({ ...toDelivery(r), fromOrgan: str(r.from_organ) }));
  }

  delivery(receiverDocId: string): (SimDelivery & { file: string; size: number }) | undefined {
    const r = this.sqlite
      .prepare(
        'SELECT d.*, x.file, x.size FROM delivery d JOIN document x ON x.sender_doc_id = d.sender_doc_id WHERE d.receiver_doc_id = ?',
      )
      .get(receiverDocId) as Row | undefined;
    if (!r) return undefined;
    return { ...toDelivery(r), file: str(r.file), size: Number(r.size) };
  }

  setDeliveryStatus(receiverDocId: string, status: string): void {
    this.sqlite
      .prepare('UPDATE delivery SET status = ?, updated_at = ? WHERE receiver_doc_id = ?')
      .run(status, new Date().toISOString(), receiverDocId);
  }

  sent(fromOrgan: string, messageType: string, senderDocId?: string): Record<string, string | null>[] {
    return this.sqlite
      .prepare(
        `SELECT x.sender_doc_id AS senderDocId, d.receiver_doc_id AS receiverDocId, x.from_organ AS fromCode, d.to_organ AS toCode,
                x.title, x.notation, x.message_type AS messageType, x.created_at AS sentTime, d.updated_at AS receivedTime,
                d.status AS receiveStatus, d.status AS receiveStatusDesc, x.document_id AS documentId
         FROM document x JOIN delivery d ON d.sender_doc_id = x.sender_doc_id
         WHERE x.from_organ = ? AND x.message_type = ? AND (? IS NULL OR x.sender_doc_id = ?) ORDER BY d.seq`,
      )
      .all(fromOrgan, messageType, senderDocId ?? null, senderDocId ?? null) as Record<string, string | null>[];
  }

  /** Everything, for test assertions. */
  dump(): { documents: SimDocument[]; deliveries: SimDelivery[] } {
    const documents = (this.sqlite.prepare('SELECT * FROM document ORDER BY created_at').all() as Row[]).map((r) => ({
      senderDocId: str(r.sender_doc_id),
      fromOrgan: str(r.from_organ),
      messageType: (r.message_type === 'status' ? 'status' : 'edoc') as 'edoc' | 'status',
      documentId: strOrNull(r.document_id),
      statusCode: strOrNull(r.status_code),
      title: strOrNull(r.title),
      notation: strOrNull(r.notation),
      file: str(r.file),
      size: Number(r.size),
      createdAt: str(r.created_at),
    }));
    const deliveries = (this.sqlite.prepare('SELECT * FROM delivery ORDER BY seq').all() as Row[]).map(toDelivery);
    return { documents, deliveries };
  }

  close(): void {
    this.sqlite.close();
  }
}
