CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`person_id` text,
	`unit_id` text,
	`roles` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`password_hash` text NOT NULL,
	`password_changed_at` text NOT NULL,
	`must_change_password` integer DEFAULT true NOT NULL,
	`failed_count` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`permissions_changed_seq` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_username_ux` ON `account` (`username`);--> statement-breakpoint
CREATE INDEX `account_person_ix` ON `account` (`person_id`);--> statement-breakpoint
CREATE TABLE `account_password_history` (
	`account_id` text NOT NULL,
	`seq` integer NOT NULL,
	`password_hash` text NOT NULL,
	`changed_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `seq`)
);
--> statement-breakpoint
CREATE TABLE `entry_access` (
	`entry_seq` integer NOT NULL,
	`party_kind` text NOT NULL,
	`party_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`party_kind`, `party_id`, `entry_seq`, `role`)
);
--> statement-breakpoint
CREATE INDEX `entry_access_entry_ix` ON `entry_access` (`entry_seq`);--> statement-breakpoint
-- ===== hand-written: accounts (never deleted; entry_access kept by triggers, backfill) =====
CREATE TRIGGER `account_no_delete` BEFORE DELETE ON `account`
BEGIN
	SELECT RAISE(ABORT, 'account rows are never deleted: disable the account instead');
END;
--> statement-breakpoint
-- Chủ trì / phối hợp / để biết of a direction (or chuyển thẳng), and the recipients of a chuyển,
-- may see the entry: one row each, written with the step in its transaction.
CREATE TRIGGER `entry_access_on_step` AFTER INSERT ON `incoming_step`
WHEN NEW.`kind` IN ('chi-dao', 'chuyen-thang', 'chuyen')
BEGIN
	INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
		SELECT e.`seq`, json_extract(NEW.`payload`, '$.chuTri.kind'), json_extract(NEW.`payload`, '$.chuTri.id'), 'chu-tri'
		FROM `register_entry` e WHERE e.`id` = NEW.`entry_id` AND json_extract(NEW.`payload`, '$.chuTri.id') IS NOT NULL;
	INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
		SELECT e.`seq`, json_extract(j.`value`, '$.kind'), json_extract(j.`value`, '$.id'), 'phoi-hop'
		FROM `register_entry` e, json_each(NEW.`payload`, '$.phoiHop') j WHERE e.`id` = NEW.`entry_id`;
	INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
		SELECT e.`seq`, json_extract(j.`value`, '$.kind'), json_extract(j.`value`, '$.id'), 'de-biet'
		FROM `register_entry` e, json_each(NEW.`payload`, '$.deBiet') j WHERE e.`id` = NEW.`entry_id`;
	INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
		SELECT e.`seq`, json_extract(j.`value`, '$.kind'), json_extract(j.`value`, '$.id'), 'chuyen'
		FROM `register_entry` e, json_each(NEW.`payload`, '$.recipients') j WHERE e.`id` = NEW.`entry_id`;
END;
--> statement-breakpoint
-- An outgoing entry registered by a signed-in account (actor "<transport>:@<username> (<họ tên>)")
-- stays visible to that account.
CREATE TRIGGER `entry_access_on_outgoing` AFTER INSERT ON `register_entry`
WHEN NEW.`direction` = 'di' AND instr(NEW.`registered_by`, ':@') > 0
BEGIN
	INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
	VALUES (NEW.`seq`, 'user',
		substr(substr(NEW.`registered_by`, instr(NEW.`registered_by`, ':@') + 2), 1,
			instr(substr(NEW.`registered_by`, instr(NEW.`registered_by`, ':@') + 2) || ' ', ' ') - 1),
		'soan-thao');
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
	SELECT e.`seq`, json_extract(s.`payload`, '$.chuTri.kind'), json_extract(s.`payload`, '$.chuTri.id'), 'chu-tri'
	FROM `incoming_step` s JOIN `register_entry` e ON e.`id` = s.`entry_id`
	WHERE s.`kind` IN ('chi-dao', 'chuyen-thang') AND json_extract(s.`payload`, '$.chuTri.id') IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO `entry_access` (`entry_seq`, `party_kind`, `party_id`, `role`)
	SELECT e.`seq`, json_extract(j.`value`, '$.kind'), json_extract(j.`value`, '$.id'),
		CASE WHEN j.`fullkey` LIKE '$.phoiHop%' THEN 'phoi-hop' WHEN j.`fullkey` LIKE '$.deBiet%' THEN 'de-biet' ELSE 'chuyen' END
	FROM `incoming_step` s JOIN `register_entry` e ON e.`id` = s.`entry_id`, json_tree(s.`payload`) j
	WHERE s.`kind` IN ('chi-dao', 'chuyen-thang', 'chuyen') AND j.`type` = 'object'
		AND (j.`fullkey` LIKE '$.phoiHop[%]' OR j.`fullkey` LIKE '$.deBiet[%]' OR j.`fullkey` LIKE '$.recipients[%]');
