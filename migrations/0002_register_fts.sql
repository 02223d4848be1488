-- Full-text index of the register over text folded by foldVietnamese (src-shared/domain/text-fold.ts).
-- Folding happens in the app, not in SQLite, so search, duplicates and autocomplete share ONE
-- function; the table only ever sees ASCII-folded tokens. Contentless (content=''): the text lives
-- in register_entry, the index only points at its rowid (seq); contentless_delete=1 lets a
-- correction or cancellation replace a row. prefix='2 3' makes 2- and 3-letter prefix queries
-- index lookups. Columns: head = số/ký hiệu, type, issuer, subject, signer, places, notes;
-- body = text layer of the attached PDF.
CREATE VIRTUAL TABLE `register_fts` USING fts5(
	head,
	body,
	content = '',
	contentless_delete = 1,
	prefix = '2 3',
	tokenize = 'unicode61 remove_diacritics 0'
);
--> statement-breakpoint
-- Every token ever indexed. FTS5 answers a prefix longer than its prefix indexes ("ubnd*") by
-- merging the whole doclist of every matching term, which grows with the register; expanding the
-- prefix through this small table into an OR of exact terms keeps the search incremental
-- (measured at 200k entries: 5-10 ms -> under 1 ms). Stale terms (after a correction) only cost
-- an OR branch that matches nothing.
CREATE TABLE `register_fts_terms` (
	`term` text PRIMARY KEY NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
-- The audit log is append-only: the app never updates or deletes an entry, and neither may anyone
-- else through SQL. (Someone with the file can still drop the trigger; audit.verify catches that.)
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused');
END;
--> statement-breakpoint
-- A registered number is never deleted (Nghị định 30/2020: a mistake is cancelled, not erased).
CREATE TRIGGER `register_entry_no_delete` BEFORE DELETE ON `register_entry`
BEGIN
	SELECT RAISE(ABORT, 'register_entry rows are never deleted: cancel the number instead');
END;
--> statement-breakpoint
-- Direction, year, series, number and id are fixed once given; corrections touch other fields only.
CREATE TRIGGER `register_entry_number_fixed` BEFORE UPDATE OF `id`, `direction`, `year`, `series`, `number` ON `register_entry`
WHEN OLD.`id` IS NOT NEW.`id` OR OLD.`direction` IS NOT NEW.`direction` OR OLD.`year` IS NOT NEW.`year`
	OR OLD.`series` IS NOT NEW.`series` OR OLD.`number` IS NOT NEW.`number`
BEGIN
	SELECT RAISE(ABORT, 'register_entry number fields are immutable');
END;
--> statement-breakpoint
-- A cancelled number stays cancelled.
CREATE TRIGGER `register_entry_no_uncancel` BEFORE UPDATE OF `status` ON `register_entry`
WHEN OLD.`status` = 'cancelled' AND NEW.`status` IS NOT 'cancelled'
BEGIN
	SELECT RAISE(ABORT, 'a cancelled register number cannot be reinstated');
END;
