CREATE TABLE `follow_up_volume` (
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
CREATE UNIQUE INDEX `follow_up_volume_no_ux` ON `follow_up_volume` (`year`,`volume_no`);