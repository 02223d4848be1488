CREATE TABLE `custom_document_type` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `party_term` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`created_at` text NOT NULL,
	CONSTRAINT "party_term_dates_ck" CHECK(end_date IS NULL OR end_date >= start_date)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `party_term_start_ux` ON `party_term` (`start_date`);--> statement-breakpoint
DROP INDEX `register_di_so_ky_hieu_ux`;--> statement-breakpoint
ALTER TABLE `register_entry` ADD `so_ky_hieu` text;--> statement-breakpoint
ALTER TABLE `register_entry` ADD `notation_system` text;--> statement-breakpoint
CREATE UNIQUE INDEX `register_di_so_ky_hieu_ux` ON `register_entry` (`year`,`number`,`code_notation`) WHERE direction = 'di' AND instr(series, '@') = 0;--> statement-breakpoint
ALTER TABLE `agency_profile` ADD `system` text DEFAULT 'state' NOT NULL;