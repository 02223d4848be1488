CREATE TABLE `locked_volume` (
	`id` text PRIMARY KEY NOT NULL,
	`book` text NOT NULL,
	`direction` text NOT NULL,
	`year` integer NOT NULL,
	`volume_no` integer NOT NULL,
	`series` text,
	`date_from` text,
	`date_to` text,
	`number_from` integer,
	`number_to` integer,
	`first_number` text,
	`last_number` text,
	`entry_count` integer NOT NULL,
	`amendment_rows` integer DEFAULT 0 NOT NULL,
	`paper` text NOT NULL,
	`page_count` integer NOT NULL,
	`snapshot` text NOT NULL,
	`snapshot_sha256` text NOT NULL,
	`pdf_sha256` text NOT NULL,
	`pdf_size` integer NOT NULL,
	`font_name` text NOT NULL,
	`font_sha256` text NOT NULL,
	`layout_version` integer NOT NULL,
	`locked_at` text NOT NULL,
	`locked_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `locked_volume_no_ux` ON `locked_volume` (`book`,`direction`,`year`,`volume_no`);
--> statement-breakpoint
-- ===== hand-written: move the locked volumes of the three books into locked_volume =====
-- Runs before the tables that refer to a volume are rebuilt (their rows must find their volume),
-- and before the old tables are dropped. The migrator runs in one transaction, where PRAGMA
-- foreign_keys cannot change: foreign keys stay on, so the order below is what keeps them whole.
INSERT INTO `locked_volume` (id, book, direction, year, volume_no, series, date_from, date_to, number_from, number_to, first_number, last_number, entry_count, amendment_rows, paper, page_count, snapshot, snapshot_sha256, pdf_sha256, pdf_size, font_name, font_sha256, layout_version, locked_at, locked_by)
SELECT id, 'register', direction, year, volume_no, series, date_from, date_to, number_from, number_to, first_number, last_number, entry_count, amendment_rows, paper, page_count, snapshot, snapshot_sha256, pdf_sha256, pdf_size, font_name, font_sha256, layout_version, locked_at, locked_by FROM `book_volume`;
--> statement-breakpoint
INSERT INTO `locked_volume` (id, book, direction, year, volume_no, series, date_from, date_to, number_from, number_to, first_number, last_number, entry_count, amendment_rows, paper, page_count, snapshot, snapshot_sha256, pdf_sha256, pdf_size, font_name, font_sha256, layout_version, locked_at, locked_by)
SELECT id, 'theo-doi', 'den', year, volume_no, NULL, date_from, date_to, NULL, NULL, NULL, NULL, entry_count, 0, paper, page_count, snapshot, snapshot_sha256, pdf_sha256, pdf_size, font_name, font_sha256, layout_version, locked_at, locked_by FROM `follow_up_volume`;
--> statement-breakpoint
INSERT INTO `locked_volume` (id, book, direction, year, volume_no, series, date_from, date_to, number_from, number_to, first_number, last_number, entry_count, amendment_rows, paper, page_count, snapshot, snapshot_sha256, pdf_sha256, pdf_size, font_name, font_sha256, layout_version, locked_at, locked_by)
SELECT id, 'buu-dien', 'di', year, volume_no, NULL, date_from, date_to, NULL, NULL, NULL, NULL, entry_count, 0, paper, page_count, snapshot, snapshot_sha256, pdf_sha256, pdf_size, font_name, font_sha256, layout_version, locked_at, locked_by FROM `post_volume`;
-- ===== end hand-written =====
--> statement-breakpoint
CREATE TABLE `__new_book_amendment` (
	`id` text PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`volume_id` text NOT NULL,
	`kind` text NOT NULL,
	`changes` text NOT NULL,
	`reason` text,
	`row_sha256` text NOT NULL,
	`detected_at` text NOT NULL,
	`reported_in` text,
	FOREIGN KEY (`volume_id`) REFERENCES `locked_volume`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_in`) REFERENCES `locked_volume`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_book_amendment`("id", "entry_id", "volume_id", "kind", "changes", "reason", "row_sha256", "detected_at", "reported_in") SELECT "id", "entry_id", "volume_id", "kind", "changes", "reason", "row_sha256", "detected_at", "reported_in" FROM `book_amendment`;
--> statement-breakpoint
DROP TABLE `book_amendment`;
--> statement-breakpoint
ALTER TABLE `__new_book_amendment` RENAME TO `book_amendment`;
--> statement-breakpoint
CREATE UNIQUE INDEX `book_amendment_state_ux` ON `book_amendment` (`entry_id`,`row_sha256`);
--> statement-breakpoint
CREATE INDEX `book_amendment_pending_ix` ON `book_amendment` (`reported_in`);
--> statement-breakpoint
CREATE TABLE `__new_book_volume_entry` (
	`volume_id` text NOT NULL,
	`entry_id` text NOT NULL,
	`number` integer NOT NULL,
	`row_sha256` text NOT NULL,
	PRIMARY KEY(`volume_id`, `entry_id`),
	FOREIGN KEY (`volume_id`) REFERENCES `locked_volume`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_book_volume_entry`("volume_id", "entry_id", "number", "row_sha256") SELECT "volume_id", "entry_id", "number", "row_sha256" FROM `book_volume_entry`;
--> statement-breakpoint
DROP TABLE `book_volume_entry`;
--> statement-breakpoint
ALTER TABLE `__new_book_volume_entry` RENAME TO `book_volume_entry`;
--> statement-breakpoint
CREATE UNIQUE INDEX `book_volume_entry_entry_ux` ON `book_volume_entry` (`entry_id`);
--> statement-breakpoint
DROP TABLE `book_volume`;
--> statement-breakpoint
DROP TABLE `follow_up_volume`;
--> statement-breakpoint
DROP TABLE `post_volume`;
--> statement-breakpoint
-- ===== hand-written: a locked volume is never updated nor deleted =====
CREATE TRIGGER `locked_volume_no_update` BEFORE UPDATE ON `locked_volume`
BEGIN
	SELECT RAISE(ABORT, 'locked_volume is never updated');
END;
--> statement-breakpoint
CREATE TRIGGER `locked_volume_no_delete` BEFORE DELETE ON `locked_volume`
BEGIN
	SELECT RAISE(ABORT, 'locked_volume is never deleted');
END;
-- ===== end hand-written =====
