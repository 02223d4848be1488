/**
 * SQL of the locked volumes of every Phụ lục IV book (locked_volume): the register books, the sổ
 * theo dõi and the sổ gửi bưu điện. A book's volumes are keyed by (book, direction); quyển số counts
 * within (book, direction, year). Rows are only ever inserted (a trigger refuses update and delete).
 */
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';
import type { BookKind } from './pdf/book-model';

export type VolumeDirection = 'den' | 'di';

/** Which book a volume belongs to. */
export interface VolumeBook {
  book: BookKind;
  direction: VolumeDirection;
}

export interface VolumeRow {
  id: string;
  book: BookKind;
  direction: VolumeDirection;
  year: number;
  volume_no: number;
  series: string | null;
  date_from: string | null;
  date_to: string | null;
  number_from: number | null;
  number_to: number | null;
  first_number: string | null;
  last_number: string | null;
  entry_count: number;
  amendment_rows: number;
  paper: 'a4' | 'a3';
  page_count: number;
  snapshot: string;
  snapshot_sha256: string;
  pdf_sha256: string;
  pdf_size: number;
  font_name: string;
  font_sha256: string;
  layout_version: number;
  locked_at: string;
  locked_by: string;
}

export function createVolumesRepo(sqlite: Sqlite) {
  const stmt = statementCache(sqlite);

  return {
    /** Volumes of a book (of both directions when none is given), newest first. */
    list(book: BookKind, direction?: VolumeDirection, year?: number): VolumeRow[] {
      return stmt(
        `SELECT * FROM locked_volume WHERE book = @book AND (@direction IS NULL OR direction = @direction) AND (@year IS NULL OR year = @year)
          ORDER BY year DESC, direction, volume_no DESC`,
      ).all({ book, direction: direction ?? null, year: year ?? null }) as VolumeRow[];
    },

    byNo(key: VolumeBook, year: number, volumeNo: number): VolumeRow | undefined {
      return stmt('SELECT * FROM locked_volume WHERE book = ? AND direction = ? AND year = ? AND volume_no = ?').get(
        key.book,
        key.direction,
        year,
        volumeNo,
      ) as VolumeRow | undefined;
    },

    byId(id: string): VolumeRow | undefined {
      return stmt('SELECT * FROM locked_volume WHERE id = ?').get(id) as VolumeRow | undefined;
    },

    maxNo(key: VolumeBook, year: number): number {
      const row = stmt('SELECT MAX(volume_no) AS n FROM locked_volume WHERE book = ? AND direction = ? AND year = ?').get(
        key.book,
        key.direction,
        year,
      ) as { n: number | null };
      return row.n ?? 0;
    },

    /** A locked volume of the book whose period contains this date, if any. */
    covering(key: VolumeBook, date: string): VolumeRow | undefined {
      return stmt(
        'SELECT * FROM locked_volume WHERE book = ? AND direction = ? AND date_from <= ? AND date_to >= ? ORDER BY year, volume_no LIMIT 1',
      ).get(key.book, key.direction, date, date) as VolumeRow | undefined;
    },

    insert(v: VolumeRow): void {
      const cols = Object.keys(v);
      stmt(`INSERT INTO locked_volume (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(v);
    },
  };
}

export type VolumesRepo = ReturnType<typeof createVolumesRepo>;
