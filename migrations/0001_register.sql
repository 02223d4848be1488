CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`data` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_ix` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `organ_name` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`uses` integer NOT NULL,
	`last_used_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `register_entry` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`direction` text NOT NULL,
	`year` integer NOT NULL,
	`series` text NOT NULL,
	`number` integer NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	`medium` text NOT NULL,
	`type_code` text NOT NULL,
	`type_name` text NOT NULL,
	`code_number` text,
	`code_notation` text,
	`issued_date` text,
	`organ_name` text NOT NULL,
	`organ_key` text NOT NULL,
	`subject` text NOT NULL,
	`language` text,
	`page_amount` integer,
	`description` text,
	`signer_position` text,
	`signer_full_name` text,
	`urgency` text DEFAULT 'thuong' NOT NULL,
	`arrival_date` text,
	`reg_date` text NOT NULL,
	`to_places` text,
	`recipients` text,
	`issued_amount` integer,
	`archive_keeper` text,
	`due_date` text,
	`trace_header_list` text,
	`document_id` text,
	`dup_key` text,
	`file_sha256` text,
	`confirmed_not_duplicate` integer DEFAULT false NOT NULL,
	`cancel_reason` text,
	`cancelled_at` text,
	`registered_at` text NOT NULL,
	`registered_by` text NOT NULL,
	FOREIGN KEY (`file_sha256`) REFERENCES `stored_file`(`sha256`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "register_direction_ck" CHECK(direction IN ('den', 'di')),
	CONSTRAINT "register_status_ck" CHECK(status IN ('registered', 'cancelled')),
	CONSTRAINT "register_number_ck" CHECK(number >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `register_entry_id_ux` ON `register_entry` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `register_den_number_ux` ON `register_entry` (`year`,`number`) WHERE direction = 'den';--> statement-breakpoint
CREATE UNIQUE INDEX `register_di_series_number_ux` ON `register_entry` (`year`,`series`,`number`) WHERE direction = 'di';--> statement-breakpoint
CREATE UNIQUE INDEX `register_di_so_ky_hieu_ux` ON `register_entry` (`year`,`number`,`code_notation`) WHERE direction = 'di';--> statement-breakpoint
CREATE INDEX `register_direction_ix` ON `register_entry` (`direction`);--> statement-breakpoint
CREATE INDEX `register_direction_year_ix` ON `register_entry` (`direction`,`year`);--> statement-breakpoint
CREATE INDEX `register_direction_organ_ix` ON `register_entry` (`direction`,`organ_key`);--> statement-breakpoint
CREATE INDEX `register_dup_key_ix` ON `register_entry` (`dup_key`) WHERE dup_key IS NOT NULL;--> statement-breakpoint
CREATE INDEX `register_document_id_ix` ON `register_entry` (`document_id`) WHERE document_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `register_file_ix` ON `register_entry` (`file_sha256`) WHERE file_sha256 IS NOT NULL;--> statement-breakpoint
CREATE TABLE `stored_file` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`media_type` text NOT NULL,
	`page_count` integer,
	`text` text,
	`original_name` text,
	`created_at` text NOT NULL
);
