CREATE TABLE `register_entry_revision` (
	`seq` integer PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`sha256` text NOT NULL,
	`parent_sha256` text NOT NULL,
	`role` text NOT NULL,
	`field_name` text NOT NULL,
	`signer` text NOT NULL,
	`organization` text NOT NULL,
	`signing_time` text NOT NULL,
	`level` text NOT NULL,
	`number_stamped` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `register_entry`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sha256`) REFERENCES `stored_file`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_sha256`) REFERENCES `stored_file`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `register_entry_revision_entry_ix` ON `register_entry_revision` (`entry_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `register_entry_revision_parent_ux` ON `register_entry_revision` (`entry_id`,`parent_sha256`);--> statement-breakpoint
CREATE INDEX `register_entry_revision_sha_ix` ON `register_entry_revision` (`sha256`);