CREATE TABLE `agency_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`parent_name` text NOT NULL,
	`code` text NOT NULL,
	`abbreviation` text NOT NULL,
	`address` text NOT NULL,
	`place_name` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
