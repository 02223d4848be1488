CREATE TABLE `exchange_agency` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`search_key` text NOT NULL,
	`mail` text,
	`parent_id` text,
	`old_code` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `exchange_agency_search_ix` ON `exchange_agency` (`search_key`);--> statement-breakpoint
CREATE TABLE `exchange_delivery` (
	`document_id` text NOT NULL,
	`organ_id` text NOT NULL,
	`organ_name` text NOT NULL,
	`outbox_id` text NOT NULL,
	`latest_code` text,
	`latest_at` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`document_id`, `organ_id`)
);
--> statement-breakpoint
CREATE TABLE `exchange_inbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`hub_doc_id` text NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`dedupe_key` text,
	`duplicate_of` text,
	`document_id` text,
	`from_organ` text,
	`from_name` text,
	`business_type` integer,
	`status_code` text,
	`subject` text,
	`code` text,
	`promulgation_date` text,
	`packet` text,
	`attachments` text,
	`packet_sha256` text,
	`error` text,
	`arrival_number` integer,
	`decision_reason` text,
	`received_at` text NOT NULL,
	`ack_status` text,
	`acked_at` text,
	`decided_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_inbox_id_ux` ON `exchange_inbox` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_inbox_hub_doc_ux` ON `exchange_inbox` (`hub_doc_id`);--> statement-breakpoint
CREATE INDEX `exchange_inbox_dedupe_ix` ON `exchange_inbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `exchange_inbox_document_ix` ON `exchange_inbox` (`document_id`);--> statement-breakpoint
CREATE INDEX `exchange_inbox_state_ix` ON `exchange_inbox` (`kind`,`state`);--> statement-breakpoint
CREATE INDEX `exchange_inbox_unacked_ix` ON `exchange_inbox` (`acked_at`);--> statement-breakpoint
CREATE TABLE `exchange_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`kind` text NOT NULL,
	`document_id` text NOT NULL,
	`order_key` text NOT NULL,
	`status_code` text,
	`business_type` integer,
	`from_organ` text NOT NULL,
	`recipients` text NOT NULL,
	`title` text NOT NULL,
	`notation` text,
	`packet_sha256` text NOT NULL,
	`packet_size` integer NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`last_error_at` text,
	`hub_doc_id` text,
	`created_at` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_outbox_id_ux` ON `exchange_outbox` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_outbox_hub_doc_ux` ON `exchange_outbox` (`hub_doc_id`) WHERE hub_doc_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `exchange_outbox_due_ix` ON `exchange_outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `exchange_outbox_order_ix` ON `exchange_outbox` (`order_key`,`seq`);--> statement-breakpoint
CREATE TABLE `exchange_status_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`document_id` text NOT NULL,
	`organ_id` text NOT NULL,
	`status_code` text NOT NULL,
	`description` text NOT NULL,
	`status_at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`source_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_status_log_ux` ON `exchange_status_log` (`direction`,`document_id`,`organ_id`,`status_code`,`status_at`);--> statement-breakpoint
CREATE INDEX `exchange_status_log_doc_ix` ON `exchange_status_log` (`document_id`);