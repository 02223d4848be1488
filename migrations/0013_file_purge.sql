ALTER TABLE `stored_file` ADD `purged_at` text;--> statement-breakpoint
ALTER TABLE `stored_file` ADD `purged_by` text;--> statement-breakpoint
ALTER TABLE `stored_file` ADD `purge_reason` text;