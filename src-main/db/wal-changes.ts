/**
 * Which 1 MiB chunks of the database file can have changed since the last backup, so that the next
 * backup hashes only those (issue 17). A page reaches the database file only through a checkpoint,
 * which copies it from a WAL frame whose 24-byte header names the page. The app checkpoints itself
 * (open.ts sets wal_autocheckpoint = 0) through trackedCheckpoint(): observe() reads the frames the
 * WAL holds since the last look, inside a read transaction, then a PASSIVE checkpoint, then a second
 * look; the chunks of the pages read are kept in the record (`backup-changes.db` beside the database: a small SQLite file, so its
 * update is atomic and its lock serialises threads and processes).
 *
 * What proves that no page reached the file unseen (anything else marks the record incomplete and
 * the next backup hashes everything):
 *  - the WAL still carries the generation we read last (same header: checkpoint sequence and salts)
 *    and the last commit frame we read still carries the checksum we recorded: every frame since is
 *    still in the file, in order (a generation's committed frames are never rewritten);
 *  - or the database file's identity (device, inode, size, mtime and ctime in ns) is exactly the one
 *    recorded at the last look: then nothing was checkpointed since, so the generation we read last
 *    could only be replaced after all its frames (all read by us) were backfilled, and whatever the
 *    WAL holds now is all that happened since. The recorded identity is taken inside a read
 *    transaction (which stops checkpoints from writing frames newer than the ones read) and the read
 *    ends only once the file system's clock has moved past its ctime, so a later write changes it.
 * A foreign connection that checkpoints (its own autocheckpoint, a sqlite3 shell, the last close of
 * another process), a journal-mode change, a replaced file or a crash between two of these steps all
 * break both proofs. Chunks are counted as the database file's, in CHANGE_CHUNK bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The backup's database chunk (1 MiB). */
export const CHANGE_CHUNK = 1 << 20;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const WAL_MAGIC = 0x377f0682;
const BIG_ENDIAN_HOST = os.endianness() === 'BE';

export interface WalGen {
  /** Checkpoint sequence and salts of the WAL header: a new generation changes them. */
  ckpt: number;
  salt1: number;
  salt2: number;
  pageSize: number;
}

export interface FileId {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
}

export interface ChangeState {
  v: 1;
  /** The backup the chunks count from (its database chunk list's identity); null before the first. */
  base: { name: string; id: string } | null;
  /** Why the changed set cannot be trusted; null while it can. */
  incomplete: string | null;
  /** Chunk indexes changed since `base` (sorted, unique). */
  chunks: number[];
  /** Backups taken with the changed set since the last full hash of every chunk. */
  sinceFull: number;
  /** The WAL as last read: its generation and the last commit frame read with its checksum. */
  wal: { gen: WalGen; frame: number; c0: number; c1: number } | null;
  /** The database file's identity at the last look. */
  file: FileId | null;
}

export const emptyState = (why: string): ChangeState => ({
  v: 1,
  base: null,
  incomplete: why,
  chunks: [],
  sinceFull: 0,
  wal: null,
  file: null,
});

export function recordPath(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'backup-changes.db');
}

export function fileId(file: string): FileId | null {
  const st = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  if (!st) return null;
  return {
    dev: String(st.dev),
    ino: String(st.ino),
    size: String(st.size),
    mtimeNs: String(st.mtimeNs),
    ctimeNs: String(st.ctimeNs),
  };
}

export function sameFile(a: FileId | null, b: FileId | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  );
}

// ---------------------------------------------------------------------------------------------
// The WAL file (https://www.sqlite.org/fileformat2.html#walformat)

interface WalHeader extends WalGen {
  bigEndian: boolean;
  c0: number;
  c1: number;
}

/** SQLite's WAL checksum over `buf` (a multiple of 8 bytes), continuing from (s0, s1). */
function walChecksum(buf: Buffer, bigEndian: boolean, s0: number, s1: number): [number, number] {
  if (bigEndian === BIG_ENDIAN_HOST && buf.byteOffset % 4 === 0) {
    // Native word order (SQLite's usual case): a word view, ~5× faster than reading word by word.
    const w = new Uint32Array(buf.buffer, buf.byteOffset, buf.length >>> 2);
    for (let i = 0; i < w.length; i += 2) {
      s0 = (s0 + w[i]! + s1) >>> 0;
      s1 = (s1 + w[i + 1]! + s0) >>> 0;
    }
    return [s0, s1];
  }
  for (let i = 0; i < buf.length; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

function readAt(fd: number, buf: Buffer, pos: number): boolean {
  let got = 0;
  while (got < buf.length) {
    const n = fs.readSync(fd, buf, got, buf.length - got, pos + got);
    if (n === 0) return false;
    got += n;
  }
  return true;
}

/** The header of a WAL SQLite would use; null when there is none (missing, empty or not valid: SQLite ignores it then). */
function readHeader(fd: number): WalHeader | null {
  const h = Buffer.alloc(WAL_HEADER);
  if (!readAt(fd, h, 0)) return null;
  const magic = h.readUInt32BE(0);
  if ((magic & 0xfffffffe) !== WAL_MAGIC || h.readUInt32BE(4) !== 3007000) return null;
  const bigEndian = (magic & 1) === 1;
  const pageSize = h.readUInt32BE(8) === 1 ? 65536 : h.readUInt32BE(8);
  const [c0, c1] = walChecksum(h.subarray(0, 24), bigEndian, 0, 0);
  if (c0 !== h.readUInt32BE(24) || c1 !== h.readUInt32BE(28)) return null;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null;
  return { ckpt: h.readUInt32BE(12), salt1: h.readUInt32BE(16), salt2: h.readUInt32BE(20), pageSize, bigEndian, c0, c1 };
}

const sameGen = (a: WalGen, b: WalGen) => a.ckpt === b.ckpt && a.salt1 === b.salt1 && a.salt2 === b.salt2 && a.pageSize === b.pageSize;

interface Scan {
  /** Pages of every valid frame read (committed or not: more is harmless). */
  pages: number[];
  /** The last commit frame read, with the checksum after it. */
  frame: number;
  c0: number;
  c1: number;
}

/**
 * Reads frames after `from` (a commit frame, with the checksum after it) while they carry the
 * header's salts and continue the checksum chain, as SQLite's recovery does. Null when `from` is
 * no longer what it was (the frame is gone or carries another checksum).
 */
function scanFrames(fd: number, hdr: WalHeader, from: { frame: number; c0: number; c1: number }): Scan | null {
  const frameSize = FRAME_HEADER + hdr.pageSize;
  const fh = Buffer.alloc(FRAME_HEADER);
  if (from.frame > 0) {
    if (!readAt(fd, fh, WAL_HEADER + (from.frame - 1) * frameSize)) return null;
    if (fh.readUInt32BE(8) !== hdr.salt1 || fh.readUInt32BE(12) !== hdr.salt2) return null;
    if (fh.readUInt32BE(16) !== from.c0 || fh.readUInt32BE(20) !== from.c1) return null;
  }
  const out: Scan = { pages: [], frame: from.frame, c0: from.c0, c1: from.c1 };
  // Frames in blocks of up to 256 (1 MiB of 4 KiB pages).
  const perBlock = Math.max(1, Math.floor((1 << 20) / frameSize));
  const block = Buffer.alloc(perBlock * frameSize);
  let s0 = from.c0;
  let s1 = from.c1;
  let frame = from.frame;
  for (;;) {
    const pos = WAL_HEADER + frame * frameSize;
    const n = fs.readSync(fd, block, 0, block.length, pos);
    const whole = Math.floor(n / frameSize);
    if (whole === 0) return out;
    for (let i = 0; i < whole; i++) {
      const f = block.subarray(i * frameSize, (i + 1) * frameSize);
      const pgno = f.readUInt32BE(0);
      if (pgno === 0 || f.readUInt32BE(8) !== hdr.salt1 || f.readUInt32BE(12) !== hdr.salt2) return out;
      [s0, s1] = walChecksum(f.subarray(0, 8), hdr.bigEndian, s0, s1);
      [s0, s1] = walChecksum(f.subarray(FRAME_HEADER), hdr.bigEndian, s0, s1);
      if (s0 !== f.readUInt32BE(16) || s1 !== f.readUInt32BE(20)) return out;
      frame++;
      out.pages.push(pgno);
      if (f.readUInt32BE(4) !== 0) {
        out.frame = frame;
        out.c0 = s0;
        out.c1 = s1;
      }
    }
    if (whole < perBlock) return out;
  }
}

function openWal(dbFile: string): number | null {
  try {
    return fs.openSync(`${dbFile}-wal`, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Looking at the WAL

/** Waits (a few ms at most) until a file touched now gets a later ctime than `id`: the file system's clock has moved on. */
function waitClockPast(id: FileId, probe: string): boolean {
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 200; i++) {
    const now = new Date();
    fs.utimesSync(probe, now, now);
    if (BigInt(fileId(probe)!.ctimeNs) > BigInt(id.ctimeNs)) return true;
    Atomics.wait(wait, 0, 0, 1);
  }
  return false;
}

function addChunks(state: ChangeState, pages: readonly number[], pageSize: number): void {
  if (pages.length === 0) return;
  const set = new Set(state.chunks);
  for (const p of pages) set.add(Math.floor(((p - 1) * pageSize) / CHANGE_CHUNK));
  state.chunks = [...set].sort((a, b) => a - b);
}

/**
 * Reads what the WAL holds since `prev` (see the file's comment for why that is everything the
 * database file can have received) and returns the state to record. `sqlite` must be a connection
 * to `dbFile` with no transaction open unless `inRead` (then its read transaction must have begun
 * before this is called, and stays open).
 */
export function observe(sqlite: Database.Database, dbFile: string, prev: ChangeState, probe: string, inRead = false): ChangeState {
  if (!inRead) {
    sqlite.exec('BEGIN');
    sqlite.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
  }
  try {
    const state: ChangeState = { ...prev, chunks: [...prev.chunks] };
    const fileBefore = fileId(dbFile);
    const fd = openWal(dbFile);
    try {
      const hdr = fd === null ? null : readHeader(fd);
      let scan: Scan | null = null;
      if (hdr) {
        if (state.wal && sameGen(state.wal.gen, hdr)) {
          scan = scanFrames(fd!, hdr, state.wal);
          if (!scan && sameFile(prev.file, fileBefore)) scan = scanFrames(fd!, hdr, { frame: 0, c0: hdr.c0, c1: hdr.c1 });
        } else if (sameFile(prev.file, fileBefore)) {
          scan = scanFrames(fd!, hdr, { frame: 0, c0: hdr.c0, c1: hdr.c1 });
        }
        // The frames read belong to this generation only if the header is still the one read first.
        const after = readHeader(fd!);
        if (!after || !sameGen(after, hdr)) scan = null;
      } else if (!sameFile(prev.file, fileBefore)) {
        state.incomplete ??= 'the database file changed while the WAL was empty or gone';
      }
      if (hdr && !scan) state.incomplete ??= 'the WAL was checkpointed and reset by another connection';
      if (hdr && scan) {
        addChunks(state, scan.pages, hdr.pageSize);
        state.wal = {
          gen: { ckpt: hdr.ckpt, salt1: hdr.salt1, salt2: hdr.salt2, pageSize: hdr.pageSize },
          frame: scan.frame,
          c0: scan.c0,
          c1: scan.c1,
        };
      } else {
        state.wal = null;
      }
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
    const file = fileId(dbFile);
    if (!file) throw new Error(`${dbFile} is gone`);
    if (prev.file && (file.dev !== prev.file.dev || file.ino !== prev.file.ino)) state.incomplete ??= 'the database file was replaced';
    if (prev.file && BigInt(file.size) < BigInt(prev.file.size)) state.incomplete ??= 'the database file shrank';
    state.file = file;
    if (!waitClockPast(file, probe)) state.incomplete ??= "the file system's clock did not move";
    return state;
  } finally {
    if (!inRead) sqlite.exec('COMMIT');
  }
}

// ---------------------------------------------------------------------------------------------
// The record

export interface ChangeRecord {
  state: ChangeState;
  /** The file observe() touches to read the file system's clock (the record itself). */
  probe: string;
  /** Keeps `state` (in the record's transaction: it lands at release). */
  save(state: ChangeState): void;
  /** Commits what was saved and releases the lock. */
  release(): void;
}

function parseState(text: unknown): ChangeState | null {
  if (typeof text !== 'string') return null;
  try {
    const s = JSON.parse(text) as ChangeState;
    if (s?.v !== 1 || !Array.isArray(s.chunks) || !s.chunks.every((c) => Number.isInteger(c) && c >= 0)) return null;
    if (typeof s.sinceFull !== 'number' || (s.incomplete !== null && typeof s.incomplete !== 'string')) return null;
    return s;
  } catch {
    return null;
  }
}

/**
 * Opens the record of `dbFile` and takes its lock (waiting up to `waitMs`); null when another
 * thread or process holds it that long. A missing or unreadable record reads as incomplete.
 */
export function openChangeRecord(dbFile: string, waitMs: number): ChangeRecord | null {
  const file = recordPath(dbFile);
  const db = new Database(file);
  try {
    // Rollback journal (SQLite's default): the EXCLUSIVE lock below keeps every other reader out too.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(waitMs))}`);
    try {
      // Preparing any statement reads the schema: the first thing another holder's lock stops.
      db.pragma('synchronous = FULL');
      db.exec('BEGIN EXCLUSIVE');
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_BUSY') {
        db.close();
        return null;
      }
      throw err;
    }
    db.exec('CREATE TABLE IF NOT EXISTS record (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL)');
    const row = db.prepare('SELECT state FROM record WHERE id = 1').pluck().get();
    const state = parseState(row) ?? emptyState(row === undefined ? 'no record yet' : 'the record was unreadable');
    let done = false;
    return {
      state,
      probe: file,
      save(next) {
        db.prepare('INSERT INTO record (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state').run(
          JSON.stringify(next),
        );
      },
      release() {
        if (done) return;
        done = true;
        try {
          db.exec('COMMIT');
        } finally {
          db.close();
        }
      },
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
    // A damaged record file is replaced: it only ever makes the next backup a full one.
    if ((err as { code?: string }).code === 'SQLITE_NOTADB' || (err as { code?: string }).code === 'SQLITE_CORRUPT') {
      fs.rmSync(file, { force: true });
      return openChangeRecord(dbFile, waitMs);
    }
    throw err;
  }
}

/**
 * A look at the WAL, a PASSIVE checkpoint (never waits for readers or writers), and a second look:
 * the first records the WAL's generation while the database file is still the one last recorded
 * (frames of a generation not yet seen are only proven whole that way), the second reads the frames
 * appended in between, before anything can restart the WAL.
 */
export function checkpointLooking(sqlite: Database.Database, dbFile: string, state: ChangeState, probe: string): ChangeState {
  const seen = observe(sqlite, dbFile, state, probe);
  sqlite.pragma('wal_checkpoint(PASSIVE)');
  return observe(sqlite, dbFile, seen, probe);
}

/**
 * The app's checkpoint, through the record. Skipped (false) when the record is locked longer than
 * `waitMs` (a backup is taking its snapshot); the WAL then waits for the next one.
 */
export function trackedCheckpoint(sqlite: Database.Database, dbFile: string, waitMs: number): boolean {
  const rec = openChangeRecord(dbFile, waitMs);
  if (!rec) return false;
  try {
    rec.save(checkpointLooking(sqlite, dbFile, rec.state, rec.probe));
  } finally {
    rec.release();
  }
  return true;
}
