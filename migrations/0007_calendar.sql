CREATE TABLE `calendar_notice` (
	`year` integer PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`title` text,
	`days_off` text NOT NULL,
	`working_days` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `calendar_version` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`definition` text NOT NULL,
	`created_at` text NOT NULL
);
