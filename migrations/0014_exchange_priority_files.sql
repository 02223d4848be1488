CREATE TABLE `register_entry_file` (
	`entry_id` text NOT NULL,
	`sha256` text NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`media_type` text NOT NULL,
	`ord` integer NOT NULL,
	PRIMARY KEY(`entry_id`, `ord`)
);
--> statement-breakpoint
CREATE INDEX `register_entry_file_sha_ix` ON `register_entry_file` (`sha256`);--> statement-breakpoint
CREATE TABLE `register_entry_link` (
	`from_entry_id` text NOT NULL,
	`to_entry_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`from_entry_id`, `to_entry_id`, `kind`)
);
--> statement-breakpoint
CREATE INDEX `register_entry_link_to_ix` ON `register_entry_link` (`to_entry_id`);--> statement-breakpoint
CREATE TABLE `register_entry_recall` (
	`entry_id` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `exchange_inbox` ADD `priority` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `exchange_inbox` ADD `due_date` text;--> statement-breakpoint
ALTER TABLE `exchange_inbox` ADD `signer` text;--> statement-breakpoint
ALTER TABLE `exchange_inbox` ADD `signature` text;--> statement-breakpoint
ALTER TABLE `exchange_inbox` ADD `antivirus` text;--> statement-breakpoint
ALTER TABLE `exchange_outbox` ADD `priority` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `exchange_outbox_priority_ix` ON `exchange_outbox` (`state`,`priority`,`seq`);