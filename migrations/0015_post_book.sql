CREATE TABLE `post_sending` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` text NOT NULL,
	`recipient` text NOT NULL,
	`recipient_key` text NOT NULL,
	`address` text,
	`sent_date` text NOT NULL,
	`receipt_no` text,
	`cost` integer,
	`envelopes` integer DEFAULT 1 NOT NULL,
	`note` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `post_sending_entry_ix` ON `post_sending` (`entry_id`,`recipient_key`);--> statement-breakpoint
CREATE INDEX `post_sending_date_ix` ON `post_sending` (`sent_date`);--> statement-breakpoint
CREATE TABLE `post_volume` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`volume_no` integer NOT NULL,
	`date_from` text NOT NULL,
	`date_to` text NOT NULL,
	`entry_count` integer NOT NULL,
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
CREATE UNIQUE INDEX `post_volume_no_ux` ON `post_volume` (`year`,`volume_no`);--> statement-breakpoint
-- ===== hand-written: post book (append-only rows) =====
CREATE TRIGGER `post_sending_no_update` BEFORE UPDATE ON `post_sending`
BEGIN
	SELECT RAISE(ABORT, 'post_sending is append-only: record a correction as a new row');
END;
--> statement-breakpoint
CREATE TRIGGER `post_sending_no_delete` BEFORE DELETE ON `post_sending`
BEGIN
	SELECT RAISE(ABORT, 'post_sending is append-only: DELETE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `post_volume_no_update` BEFORE UPDATE ON `post_volume`
BEGIN
	SELECT RAISE(ABORT, 'post_volume is never updated');
END;
-- ===== end hand-written =====
