ALTER TABLE `custom_document_type` ADD `system` text DEFAULT 'state' NOT NULL;--> statement-breakpoint
ALTER TABLE `custom_document_type` ADD `for_incoming` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `custom_document_type` ADD `for_outgoing` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `custom_document_type` ADD `disabled_at` text;--> statement-breakpoint
ALTER TABLE `custom_document_type` ADD `updated_at` text;