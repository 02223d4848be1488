import { and, asc, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { registerEntry, registerEntryFile, registerEntryLink, registerEntryRecall } from '../../db/schema';

export type EntryFileRow = typeof registerEntryFile.$inferSelect;
export type EntryLinkRow = typeof registerEntryLink.$inferSelect;
export type EntryRecallRow = typeof registerEntryRecall.$inferSelect;

/**
 * What the exchange adds to register entries: every file of an entry (main + attachments), links
 * between entries (replaces / updates / answers) and recalls (thu hồi). Writes run inside the
 * caller's transaction; rows are never deleted.
 */
export function createEntryLinksRepo(db: Db) {
  return {
    addFiles(rows: EntryFileRow[]): void {
      if (rows.length) db.insert(registerEntryFile).values(rows).onConflictDoNothing().run();
    },
    files(entryId: string): EntryFileRow[] {
      return db.select().from(registerEntryFile).where(eq(registerEntryFile.entryId, entryId)).orderBy(asc(registerEntryFile.ord)).all();
    },
    link(row: EntryLinkRow): void {
      db.insert(registerEntryLink).values(row).onConflictDoNothing().run();
    },
    /** Links from or to an entry. */
    links(entryId: string): EntryLinkRow[] {
      return db
        .select()
        .from(registerEntryLink)
        .where(or(eq(registerEntryLink.fromEntryId, entryId), eq(registerEntryLink.toEntryId, entryId)))
        .all();
    },
    recall(row: EntryRecallRow): boolean {
      return db.insert(registerEntryRecall).values(row).onConflictDoNothing().run().changes === 1;
    },
    recallOf(entryId: string): EntryRecallRow | undefined {
      return db.select().from(registerEntryRecall).where(eq(registerEntryRecall.entryId, entryId)).get();
    },
    /** Our outgoing entry with this số/ký hiệu issued that day (a ResponseFor names it so). */
    outgoingBySoKyHieu(soKyHieu: string, issuedDate: string | null): string | null {
      const rows = db
        .select({ id: registerEntry.id, issued: registerEntry.issuedDate })
        .from(registerEntry)
        .where(and(eq(registerEntry.direction, 'di'), eq(registerEntry.status, 'registered'), eq(registerEntry.soKyHieu, soKyHieu)))
        .all();
      const hit = rows.find((r) => !issuedDate || r.issued === issuedDate) ?? (rows.length === 1 ? rows[0] : undefined);
      return hit?.id ?? null;
    },
  };
}

export type EntryLinksRepo = ReturnType<typeof createEntryLinksRepo>;
