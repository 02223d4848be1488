CREATE TABLE `book_amendment` (
	`id` text PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`volume_id` text NOT NULL,
	`kind` text NOT NULL,
	`changes` text NOT NULL,
	`reason` text,
	`row_sha256` text NOT NULL,
	`detected_at` text NOT NULL,
	`reported_in` text,
	FOREIGN KEY (`volume_id`) REFERENCES `book_volume`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_in`) REFERENCES `book_volume`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `book_amendment_state_ux` ON `book_amendment` (`entry_id`,`row_sha256`);--> statement-breakpoint
CREATE INDEX `book_amendment_pending_ix` ON `book_amendment` (`reported_in`);--> statement-breakpoint
CREATE TABLE `book_volume` (
	`id` text PRIMARY KEY NOT NULL,
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
	`amendment_rows` integer NOT NULL,
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
CREATE UNIQUE INDEX `book_volume_no_ux` ON `book_volume` (`direction`,`year`,`volume_no`);--> statement-breakpoint
CREATE TABLE `book_volume_entry` (
	`volume_id` text NOT NULL,
	`entry_id` text NOT NULL,
	`number` integer NOT NULL,
	`row_sha256` text NOT NULL,
	PRIMARY KEY(`volume_id`, `entry_id`),
	FOREIGN KEY (`volume_id`) REFERENCES `book_volume`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `book_volume_entry_entry_ux` ON `book_volume_entry` (`entry_id`);